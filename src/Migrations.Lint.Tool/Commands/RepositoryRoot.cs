namespace Migrations.Lint.Tool.Commands;

/// <summary>The enclosing git work tree, which SARIF paths are relative to (code scanning resolves them from there).</summary>
internal static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }

        return start;
    }
}
