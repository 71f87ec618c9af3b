namespace Migrations.Lint.Tool.Tests;

/// <summary>Files of the source tree (samples) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string folder) => Path.Combine(Root, "samples", folder);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Migrations.Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run from inside the repository.");
    }
}
