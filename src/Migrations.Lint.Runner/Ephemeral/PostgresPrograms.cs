namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>Finds PostgreSQL programs (initdb, pg_ctl, pg_dump, pg_restore): on PATH first, else the newest /usr/lib/postgresql/*/bin (Debian's layout).</summary>
public static class PostgresPrograms
{
    /// <returns>The program's full path; null when it is not installed.</returns>
    public static string? Find(string program)
    {
        var directory = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, program)))
            ?? NewestDebianBinDirectory(program);
        return directory is null ? null : Path.Combine(directory, program);
    }

    private static string? NewestDebianBinDirectory(string program)
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(directory => (Directory: Path.Combine(directory, "bin"), Major: int.TryParse(Path.GetFileName(directory), out var major) ? major : -1))
            .Where(candidate => File.Exists(Path.Combine(candidate.Directory, program)))
            .OrderByDescending(candidate => candidate.Major)
            .Select(candidate => candidate.Directory)
            .FirstOrDefault();
    }
}
