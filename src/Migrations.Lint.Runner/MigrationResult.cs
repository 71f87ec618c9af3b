
namespace Migrations.Lint.Runner;

/// <summary>What happened to one migration.</summary>
/// <param name="Version">As written in the file name; null for repeatable migrations.</param>
/// <param name="Script">The script that ran (the down script for a rollback).</param>
/// <param name="ModeReason">Why it could not run in a transaction, when <paramref name="Mode"/> is not <see cref="ExecutionMode.Transaction"/>.</param>
/// <param name="Statements">How many statements ran (or, for a dry run, would run).</param>
/// <param name="Attempts">1, plus one for every retry after a lock timeout.</param>
public sealed record MigrationResult(
    string? Version,
    string Description,
    string Script,
    ExecutionMode Mode,
    string? ModeReason,
    MigrationOutcome Outcome,
    TimeSpan Duration,
    int Statements,
    int Attempts,
    MigrationFailure? Failure);
