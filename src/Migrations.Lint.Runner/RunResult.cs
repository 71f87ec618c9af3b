namespace Migrations.Lint.Runner;

/// <summary>The migrations an apply or rollback ran, in order; it stopped at the first failure.</summary>
public sealed record RunResult(IReadOnlyList<MigrationResult> Migrations)
{
    public bool Succeeded => Migrations.All(migration => migration.Outcome != MigrationOutcome.Failed);

    public MigrationResult? Failure => Migrations.FirstOrDefault(migration => migration.Outcome == MigrationOutcome.Failed);
}
