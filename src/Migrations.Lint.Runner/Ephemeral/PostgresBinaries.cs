namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>Finds initdb and pg_ctl: on PATH first, else the newest /usr/lib/postgresql/*/bin (Debian's layout).</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    private const string InstallHint = "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under "
        + "/usr/lib/postgresql/*/bin; install the PostgreSQL server package (or run build/install-postgres.sh)";

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Configuration"/> when they are not installed.</exception>
    public static PostgresBinaries Locate()
    {
        var directory = FindOnPath("initdb") ?? NewestDebianBinDirectory()
            ?? throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
        var pgCtl = Path.Combine(directory, "pg_ctl");
        return File.Exists(pgCtl)
            ? new PostgresBinaries(Path.Combine(directory, "initdb"), pgCtl)
            : throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, program)));

    private static string? NewestDebianBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(directory => (Directory: Path.Combine(directory, "bin"), Major: int.TryParse(Path.GetFileName(directory), out var major) ? major : -1))
            .Where(candidate => File.Exists(Path.Combine(candidate.Directory, "initdb")))
            .OrderByDescending(candidate => candidate.Major)
            .Select(candidate => candidate.Directory)
            .FirstOrDefault();
    }
}
