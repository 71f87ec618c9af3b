namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>Finds PostgreSQL programs (initdb and pg_ctl, pg_dump): on PATH first, else the newest /usr/lib/postgresql/*/bin (Debian's layout).</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    private const string InstallHint = "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under "
        + "/usr/lib/postgresql/*/bin; install the PostgreSQL server package (or run build/install-postgres.sh)";

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Configuration"/> when they are not installed.</exception>
    public static PostgresBinaries Locate()
    {
        var directory = Path.GetDirectoryName(Find("initdb"))
            ?? throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
        var pgCtl = Path.Combine(directory, "pg_ctl");
        return File.Exists(pgCtl)
            ? new PostgresBinaries(Path.Combine(directory, "initdb"), pgCtl)
            : throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
    }

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
