using System.CommandLine;
using System.Globalization;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Inspection;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// One <c>apply</c>: the databases it targets, the lint gate (once, before any of them) and a run on each.
/// Several databases run side by side, each with its own session, connection, lock and history, so one
/// failing never stops or changes another; their results are shown per database once all have finished.
/// </summary>
internal sealed class ApplyRun(
    RunnerCommandLine commandLine, ParseResult result, ApplyRequest request, bool force, bool preflight, TextWriter output, TextWriter error)
{
    private bool IsJson => commandLine.IsJson(result);

    /// <summary>Applies to the databases the command line, the config's <c>runner.targets</c> or DATABASE_URL name.</summary>
    public async Task<int> RunAsync(int parallel, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApplyTarget>? targets;
        try
        {
            targets = ResolveTargets();
        }
        catch (RunnerException invalid)
        {
            error.WriteLine($"migrate-lint: {invalid.Message}");
            return (int)ExitCode.UsageError;
        }

        return targets is null ? (int)ExitCode.UsageError : await RunAsync(targets, parallel, cancellationToken);
    }

    public async Task<int> RunAsync(IReadOnlyList<ApplyTarget> targets, int parallel, CancellationToken cancellationToken)
    {
        RunnerInputs? inputs;
        try
        {
            inputs = RunnerSession.LoadInputs(commandLine, result, error);
        }
        catch (RunnerException refused)
        {
            error.WriteLine($"migrate-lint: {refused.Message}");
            return (int)RunnerExitCodes.For(refused.Kind, ExitCode.MigrationFailed);
        }

        if (inputs is null)
        {
            return (int)ExitCode.UsageError;
        }

        // A manifest was linted by the build, and its hashes (checked as it loaded) prove these are those files.
        if (inputs.Manifest is null && !LintGate.Passes(inputs, force, error))
        {
            return (int)ExitCode.LintFailed;
        }

        return targets.Count == 1
            ? await ApplyToOneAsync(inputs, targets[0], cancellationToken)
            : await ApplyToEachAsync(inputs, targets, parallel, cancellationToken);
    }

    private IReadOnlyList<ApplyTarget>? ResolveTargets()
    {
        if (result.GetValue(commandLine.Connections) is { Length: > 0 } given)
        {
            return [.. given.Select(text => Unnamed(ConnectionSettings.Parse(text)))];
        }

        if (RunnerSession.LoadConfiguration(commandLine, result, error) is not { } config)
        {
            return null;
        }

        var configured = RunnerConfigSettings.Targets(config.Runner, Environment.GetEnvironmentVariable);
        return configured.Count > 0 ? configured : [Unnamed(ConnectionSettings.Resolve(null, Environment.GetEnvironmentVariable))];
    }

    private static ApplyTarget Unnamed(ConnectionSettings connection) => new(connection.Display, connection);

    private async Task<int> ApplyToOneAsync(RunnerInputs inputs, ApplyTarget target, CancellationToken cancellationToken)
    {
        RunResult? run = null;
        var exitCode = await RunnerSession.RunAsync(
            commandLine,
            result,
            error,
            ExitCode.MigrationFailed,
            IsJson ? null : new StderrProgress(error),
            async session =>
            {
                run = await ApplyAsync(session, error, cancellationToken);
                return run is null ? (int)ExitCode.LintFailed : ExitCodeOf(run, error);
            },
            inputs,
            target,
            sharedLog: null);
        if (run is not null)
        {
            Write(run, target, output, json: IsJson);
        }

        return exitCode;
    }

    private async Task<int> ApplyToEachAsync(RunnerInputs inputs, IReadOnlyList<ApplyTarget> targets, int parallel, CancellationToken cancellationToken)
    {
        using var logFile = RunnerSession.OpenLog(commandLine, result);
        var sharedLog = logFile is null ? null : TextWriter.Synchronized(logFile);
        var liveError = TextWriter.Synchronized(error);
        var outcomes = new TargetOutcome[targets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, targets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var target = targets[index];
                using var targetOutput = new StringWriter();
                using var targetError = new StringWriter();
                RunResult? run = null;
                var exitCode = await RunnerSession.RunAsync(
                    commandLine,
                    result,
                    targetError,
                    ExitCode.MigrationFailed,
                    IsJson ? null : new StderrProgress(liveError, target.Name),
                    async session =>
                    {
                        run = await ApplyAsync(session, targetError, token);
                        return run is null ? (int)ExitCode.LintFailed : ExitCodeOf(run, targetError);
                    },
                    inputs,
                    target,
                    sharedLog);
                if (run is not null)
                {
                    Write(run, target, targetOutput, json: false);
                }

                var errors = targetError.ToString();
                foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    liveError.WriteLine($"[{target.Name}] {line}");
                }

                outcomes[index] = new TargetOutcome(target, exitCode, run, targetOutput.ToString(), errors);
            });

        var worst = outcomes.Max(outcome => outcome.ExitCode);
        if (IsJson)
        {
            RunnerJson.WriteTargets(outcomes, request.DryRun, worst, output);
        }
        else
        {
            TargetsText.Write(outcomes, worst, output);
        }

        return worst;
    }

    /// <returns>The run; null when <c>--preflight</c> found the database busy or dirty (said on <paramref name="errorOutput"/>).</returns>
    private async Task<RunResult?> ApplyAsync(RunnerSession session, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        if (preflight)
        {
            var inspector = new DatabaseInspector(session.Connection, session.Options.HistoryTable);
            var report = await inspector.PreflightAsync(session.Migrations, PreflightCommand.DefaultMaxTransactionAge, cancellationToken);
            if (!report.Passed)
            {
                errorOutput.WriteLine(
                    $"migrate-lint: preflight failed on {session.Connection.Display}: {ReportText.Count(report.LongTransactions.Count, "long transaction")}, "
                    + $"{ReportText.Count(report.BlockingLocks.Count, "blocked session")}, {ReportText.Count(report.FailedMigrations.Count, "dirty migration")}; "
                    + "nothing was applied (see 'dotnet migrate-lint preflight')");
                return null;
            }
        }

        return await session.Runner.ApplyAsync(session.Migrations, request, cancellationToken);
    }

    private static int ExitCodeOf(RunResult run, TextWriter error)
    {
        if (run.Failure is { } failed)
        {
            error.WriteLine($"migrate-lint: migration {failed.Version ?? failed.Description} failed: {failed.Failure}");
            return (int)ExitCode.MigrationFailed;
        }

        return (int)ExitCode.Ok;
    }

    private void Write(RunResult run, ApplyTarget target, TextWriter writer, bool json)
    {
        var database = target.Connection.Display;
        if (json)
        {
            RunnerJson.WriteRun(run, "apply", database, request.DryRun, writer);
            return;
        }

        if (run.Backup is { } backup)
        {
            // First, so whoever reads the log after a failure knows what to restore.
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Backup: {backup.Path} ({backup.Bytes} bytes, pg_dump took {backup.Duration.TotalMilliseconds:0} ms; restore with pg_restore)"));
        }

        RunResultText.Write(run, request.DryRun ? "apply (dry run)" : "apply", database, writer);
    }
}
