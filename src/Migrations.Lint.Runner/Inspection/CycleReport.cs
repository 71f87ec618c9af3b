namespace Migrations.Lint.Runner.Inspection;

/// <summary>What <see cref="MigrationCycle.RunAsync"/> did: each step it reached, and every object not reverted.</summary>
/// <param name="EmptyChecksum">The schema checksum of the database before the first apply.</param>
/// <param name="RefusedRollback">Why the rollback could not start (a migration without a down script), when it could not.</param>
public sealed record CycleReport(
    string EmptyChecksum,
    IReadOnlyList<CycleRun> Runs,
    IReadOnlyList<CycleFinding> Findings,
    string? RefusedRollback)
{
    /// <summary>The step that stopped the cycle with a failed migration or a refused rollback; null when every step ran.</summary>
    public CycleStep? FailedStep =>
        RefusedRollback is not null ? CycleStep.Rollback : Runs.Where(run => !run.Run.Succeeded).Select(run => (CycleStep?)run.Step).FirstOrDefault();

    public bool Passed => FailedStep is null && Findings.Count == 0;
}
