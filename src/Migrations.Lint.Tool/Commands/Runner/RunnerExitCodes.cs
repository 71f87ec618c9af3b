using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// Maps the runner's refusals to the runbook's exit codes: what the user must fix before anything can run
/// (configuration, connection) is 5; a database state that blocks the run (dirty, drift, lock held) is a
/// failed preflight, 1; the runner's own statements failing counts as the command failing.
/// </summary>
internal static class RunnerExitCodes
{
    public static ExitCode For(RunnerErrorKind kind, ExitCode commandFailed) => kind switch
    {
        RunnerErrorKind.Configuration or RunnerErrorKind.Connection => ExitCode.UsageError,
        RunnerErrorKind.Refused or RunnerErrorKind.LockNotAcquired => ExitCode.LintFailed,
        _ => commandFailed,
    };
}
