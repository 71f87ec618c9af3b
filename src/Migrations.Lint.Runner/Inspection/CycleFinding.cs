namespace Migrations.Lint.Runner.Inspection;

/// <summary>An object the cycle did not get back as it was: a down script that does not revert its up script (or an up script that is not repeatable).</summary>
/// <param name="Step"><see cref="CycleStep.Rollback"/> (compared with the empty database) or <see cref="CycleStep.Reapply"/> (compared with the first apply).</param>
public sealed record CycleFinding(CycleStep Step, SchemaDifference Difference)
{
    /// <summary>"left behind by rollback", "missing after rollback", "changed by rollback", or "differs on re-apply: …".</summary>
    public string Problem => (Step, Difference.Change) switch
    {
        (CycleStep.Rollback, SchemaChange.Added) => "left behind by rollback",
        (CycleStep.Rollback, SchemaChange.Missing) => "missing after rollback",
        (CycleStep.Rollback, _) => "changed by rollback",
        (_, SchemaChange.Added) => "differs on re-apply: only after re-apply",
        (_, SchemaChange.Missing) => "differs on re-apply: missing after re-apply",
        _ => "differs on re-apply: definition changed",
    };
}
