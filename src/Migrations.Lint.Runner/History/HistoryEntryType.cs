namespace Migrations.Lint.Runner.History;

/// <summary>The <c>type</c> column of the history table.</summary>
public enum HistoryEntryType
{
    Versioned,
    Repeatable,
    Baseline,

    /// <summary>
    /// A rollback in progress that could not run in a transaction: written (unsuccessful) before the down
    /// script's first statement and removed with the migration's row at the end, so a failure leaves a trace.
    /// </summary>
    Undo,
}
