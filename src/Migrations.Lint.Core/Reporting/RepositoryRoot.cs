namespace Migrations.Lint.Reporting;

/// <summary>The enclosing git work tree, which SARIF paths are relative to (code scanning resolves them from there).</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>.git</c> (a folder, or a file in a worktree); else <paramref name="start"/>.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return start;
    }
}
