using Migrations.Lint.Runner.Backup;

namespace Migrations.Lint.Runner;

/// <summary>The migrations an apply or rollback ran, in order; it stopped at the first failure.</summary>
/// <param name="Backup">The backup taken before applying, when one was asked for and something was pending.</param>
public sealed record RunResult(IReadOnlyList<MigrationResult> Migrations, BackupFile? Backup = null)
{
    public bool Succeeded => Migrations.All(migration => migration.Outcome != MigrationOutcome.Failed);

    public MigrationResult? Failure => Migrations.FirstOrDefault(migration => migration.Outcome == MigrationOutcome.Failed);
}
