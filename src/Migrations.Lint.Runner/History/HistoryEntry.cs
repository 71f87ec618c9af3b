namespace Migrations.Lint.Runner.History;

/// <summary>One row of the history table.</summary>
/// <param name="Version">As written in the file name; null for repeatable migrations.</param>
/// <param name="Script">The up (or, for <see cref="HistoryEntryType.Undo"/>, down) script's path as discovered.</param>
/// <param name="Checksum">SHA-256 of the script text, lower-case hex (see <see cref="ScriptChecksum"/>).</param>
/// <param name="Success">False while a non-transactional migration runs, and after it failed: a dirty migration.</param>
public sealed record HistoryEntry(
    int InstalledRank,
    string? Version,
    string Description,
    HistoryEntryType Type,
    string Script,
    string Checksum,
    string InstalledBy,
    DateTimeOffset InstalledOn,
    int ExecutionMs,
    bool Success);
