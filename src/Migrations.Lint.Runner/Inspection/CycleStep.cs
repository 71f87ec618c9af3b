namespace Migrations.Lint.Runner.Inspection;

/// <summary>The steps of <see cref="MigrationCycle"/>, in order.</summary>
public enum CycleStep
{
    /// <summary>Apply every migration to the empty database.</summary>
    Apply,

    /// <summary>Roll every versioned migration back; the schema must be the empty one again.</summary>
    Rollback,

    /// <summary>Apply everything again; the schema must be the one the first apply made.</summary>
    Reapply,
}
