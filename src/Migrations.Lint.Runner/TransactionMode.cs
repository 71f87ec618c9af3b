namespace Migrations.Lint.Runner;

/// <summary>How migrations are grouped into transactions.</summary>
public enum TransactionMode
{
    /// <summary>Each migration in its own transaction with its history row; the ones that cannot run in one run in autocommit.</summary>
    PerMigration,

    /// <summary>All pending migrations in one transaction: all or nothing. Refused when one cannot run in a transaction.</summary>
    All,

    /// <summary>Every migration in autocommit, statement by statement, with the dirty-row protocol.</summary>
    None,
}
