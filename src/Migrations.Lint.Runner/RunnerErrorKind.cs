namespace Migrations.Lint.Runner;

/// <summary>Why the runner could not start or had to stop before running anything; the CLI maps each to an exit code.</summary>
public enum RunnerErrorKind
{
    /// <summary>A malformed connection string, a bad option value, migrations that cannot be run as given.</summary>
    Configuration,

    /// <summary>The database could not be reached or refused the login.</summary>
    Connection,

    /// <summary>Another runner held the migration lock for longer than the allowed wait.</summary>
    LockNotAcquired,

    /// <summary>
    /// The database is not in a state the request can safely start from: a failed (dirty) migration in the
    /// history, a migration to roll back without a down script, pending migrations older than applied ones.
    /// </summary>
    Refused,

    /// <summary>The backup asked for before applying (pg_dump) failed, so nothing was applied.</summary>
    Backup,

    /// <summary>A statement of the runner's own failed: creating or reading the history table (privileges), a lost connection.</summary>
    Database,
}
