namespace Migrations.Lint.Runner;

public enum MigrationOutcome
{
    Applied,

    /// <summary>A dry run: the migration is pending and would be applied.</summary>
    WouldApply,

    RolledBack,

    /// <summary>A dry run of a rollback: the down script would run.</summary>
    WouldRollBack,

    Failed,

    /// <summary>Ran, but was undone because a later migration in the same transaction (<see cref="TransactionMode.All"/>) failed.</summary>
    Undone,
}
