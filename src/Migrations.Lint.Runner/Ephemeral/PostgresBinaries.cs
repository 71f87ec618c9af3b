namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>The server programs a temporary cluster needs, from one installation.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    private const string InstallHint = "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under "
        + "/usr/lib/postgresql/*/bin; install the PostgreSQL server package (or run build/install-postgres.sh)";

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Configuration"/> when they are not installed.</exception>
    public static PostgresBinaries Locate()
    {
        var directory = Path.GetDirectoryName(PostgresPrograms.Find("initdb"))
            ?? throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
        var pgCtl = Path.Combine(directory, "pg_ctl");
        return File.Exists(pgCtl)
            ? new PostgresBinaries(Path.Combine(directory, "initdb"), pgCtl)
            : throw new RunnerException(RunnerErrorKind.Configuration, InstallHint);
    }
}
