namespace Migrations.Lint.Runner.Inspection;

/// <summary>The state a run left: dirty history rows, indexes and constraints that are not in force yet, and the schema's checksum.</summary>
/// <param name="AppliedMigrations">Successful versioned, baseline and repeatable rows in the history.</param>
public sealed record PostflightReport(
    SchemaSnapshot Schema,
    int AppliedMigrations,
    IReadOnlyList<FailedMigration> FailedMigrations,
    IReadOnlyList<InvalidIndexEntry> InvalidIndexes,
    IReadOnlyList<NotValidConstraint> NotValidConstraints)
{
    /// <summary>NOT VALID constraints count as a problem only when <paramref name="strict"/>: they are a normal step of the safe pattern.</summary>
    public bool Passed(bool strict) =>
        FailedMigrations.Count == 0 && InvalidIndexes.Count == 0 && (!strict || NotValidConstraints.Count == 0);
}
