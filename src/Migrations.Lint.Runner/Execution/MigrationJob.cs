using System.Diagnostics;

namespace Migrations.Lint.Runner.Execution;

/// <summary>One migration script being run: what results and log events say about it, and its running totals.</summary>
internal sealed class MigrationJob(string? version, string description, ScriptPlan plan)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string? Version { get; } = version;

    public string Description { get; } = description;

    public ScriptPlan Plan { get; } = plan;

    public string Script => Plan.Script.Path;

    public int Attempts { get; set; } = 1;

    public int StatementsRun { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public MigrationResult Result(MigrationOutcome outcome, MigrationFailure? failure = null) =>
        new(Version, Description, Script, Plan.Mode, Plan.ModeReason, outcome, Elapsed, StatementsRun, Attempts, failure);
}
