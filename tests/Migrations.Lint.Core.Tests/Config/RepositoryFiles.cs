namespace Migrations.Lint.Core.Tests.Config;

/// <summary>Paths of committed files, found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(params string[] relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Migrations.Lint.sln")))
            {
                return Path.Combine([folder.FullName, .. relative]);
            }
        }

        throw new InvalidOperationException("Migrations.Lint.sln not found above " + AppContext.BaseDirectory);
    }
}
