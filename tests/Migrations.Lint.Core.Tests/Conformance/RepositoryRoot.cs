namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>Finds the checkout the tests run from, so the corpus is read from the source tree rather than copied to bin.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Migrations.Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Migrations.Lint.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
