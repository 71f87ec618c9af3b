namespace Migrations.Lint.Runner.Inspection;

/// <summary>One step of the cycle: its apply or rollback result and the schema checksum after it (null when it failed).</summary>
public sealed record CycleRun(CycleStep Step, RunResult Run, string? SchemaChecksum);
