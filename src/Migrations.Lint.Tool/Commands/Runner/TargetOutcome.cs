using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>How apply went on one database of several.</summary>
/// <param name="Run">Null when the target was refused before running (connection, lock, dirty history).</param>
/// <param name="Output">The result as text, shown in the target's block.</param>
/// <param name="Error">What the target wrote to standard error apart from progress: refusals and failures.</param>
internal sealed record TargetOutcome(ApplyTarget Target, int ExitCode, RunResult? Run, string Output, string Error)
{
    /// <summary>The last line of <see cref="Error"/>: the one that says why the target failed; null when it did not.</summary>
    public string? ErrorLine => ExitCode == 0
        ? null
        : Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
