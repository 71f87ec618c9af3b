using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Runner;

/// <summary>One row of <see cref="MigrationRunner.StatusAsync"/>: a migration on disk, in the history, or both.</summary>
/// <param name="Script">The file on disk, or the script recorded in the history when the file is missing.</param>
/// <param name="InstalledOn">When it was applied; null when it never was.</param>
public sealed record StatusEntry(
    string? Version,
    string Description,
    HistoryEntryType Type,
    MigrationState State,
    string Script,
    DateTimeOffset? InstalledOn);
