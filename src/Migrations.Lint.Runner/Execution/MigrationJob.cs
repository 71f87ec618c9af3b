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

    /// <summary>Since the start of the current attempt (in a transaction) or of the first (in autocommit, where work done stays done).</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>A transaction starts over: what the rolled-back attempt did and how long it took no longer count.</summary>
    public void StartAttempt(int attempt)
    {
        Attempts = attempt;
        StatementsRun = 0;
        _clock.Restart();
    }

    public MigrationResult Result(MigrationOutcome outcome, MigrationFailure? failure = null) =>
        new(Version, Description, Script, Plan.Mode, Plan.ModeReason, outcome, Elapsed, StatementsRun, Attempts, failure);
}
