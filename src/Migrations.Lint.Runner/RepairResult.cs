using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Runner;

/// <summary>What <see cref="MigrationRunner.RepairAsync"/> changed in the history table.</summary>
/// <param name="RemovedFailures">The rows of failed (dirty) migrations it deleted.</param>
/// <param name="Realigned">The applied migrations whose recorded checksum it replaced with the file's.</param>
public sealed record RepairResult(IReadOnlyList<HistoryEntry> RemovedFailures, IReadOnlyList<ChecksumDrift> Realigned);
