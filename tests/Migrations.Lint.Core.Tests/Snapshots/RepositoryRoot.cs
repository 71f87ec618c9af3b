namespace Migrations.Lint.Core.Tests.Snapshots;

/// <summary>The checkout the tests run from: the nearest directory above the test binaries holding Migrations.Lint.sln.</summary>
internal static class RepositoryRoot
{
    public static string FullPath { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Migrations.Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Migrations.Lint.sln above {AppContext.BaseDirectory}.");
    }
}
