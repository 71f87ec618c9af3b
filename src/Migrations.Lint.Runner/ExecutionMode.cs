namespace Migrations.Lint.Runner;

/// <summary>How the runner runs one migration script.</summary>
public enum ExecutionMode
{
    /// <summary>In a transaction together with its history row: all or nothing.</summary>
    Transaction,

    /// <summary>
    /// Statement by statement, each committing on its own (needed for CREATE INDEX CONCURRENTLY and the
    /// like). An unsuccessful history row is written first and marked successful at the end, so a failure
    /// or a kill half-way leaves a visible dirty migration.
    /// </summary>
    Autocommit,

    /// <summary>The script has its own BEGIN/COMMIT: run as written, with the same dirty-row protocol as <see cref="Autocommit"/>.</summary>
    AsWritten,
}
