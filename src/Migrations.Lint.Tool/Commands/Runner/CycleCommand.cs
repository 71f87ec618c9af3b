using System.CommandLine;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Inspection;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint cycle</c>: apply → roll back → apply again on a throwaway database, proving that every down
/// script reverts its up script. With <c>--ephemeral</c> on a temporary local cluster; otherwise on a new
/// database <c>migrate_lint_cycle_…</c> created (and dropped after) on the server of <c>--connection</c>.
/// Exit 0 when clean, 1 when lint refuses, 2 when a migration fails to apply, 4 when a down script fails or
/// does not revert, 5 on a usage, configuration or connection error.
/// </summary>
internal static class CycleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForChanging();
        var force = new Option<bool>("--force") { Description = "Cycle even when lint finds errors." };
        var ephemeral = new Option<bool>("--ephemeral") { Description = "Cycle on a temporary local PostgreSQL (initdb/pg_ctl), deleted afterwards." };
        var command = new Command("cycle", "Apply, roll back and re-apply on a throwaway database; report every object a down script does not revert.") { force, ephemeral };
        commandLine.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(commandLine.DryRun))
            {
                throw new UsageException("cycle has no --dry-run: it only ever changes a throwaway database");
            }

            var progress = commandLine.IsJson(result) ? null : new StderrProgress(error);
            Task<int> Cycle(string? connection) => RunnerSession.RunAsync(
                commandLine, result, error, ExitCode.MigrationFailed, progress, session => CycleAsync(session, commandLine, result, result.GetValue(force), output, error, cancellationToken), connection);

            if (result.GetValue(ephemeral))
            {
                return result.GetValue(commandLine.Connection) is null
                    ? await TemporaryCluster.RunAsync(Cycle, error, cancellationToken)
                    : throw new UsageException("--ephemeral and --connection cannot be used together");
            }

            return await OnThrowawayDatabaseAsync(result.GetValue(commandLine.Connection), Cycle, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> CycleAsync(
        RunnerSession session, RunnerCommandLine commandLine, ParseResult result, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!LintGate.Passes(session.Inputs, force, error))
        {
            return (int)ExitCode.LintFailed;
        }

        var cycle = new MigrationCycle(session.Runner, session.Connection, session.Options.HistoryTable);
        var report = await cycle.RunAsync(session.Migrations, cancellationToken);
        if (commandLine.IsJson(result))
        {
            InspectionJson.WriteCycle(report, session.Connection.Display, output);
        }
        else
        {
            CycleText.Write(report, session.Connection.Display, output);
        }

        // A down script that left objects behind is the cause when the re-apply then trips over them.
        return (int)(report.FailedStep switch
        {
            CycleStep.Apply => ExitCode.MigrationFailed,
            CycleStep.Rollback => ExitCode.RollbackFailed,
            _ when report.Findings.Count > 0 => ExitCode.RollbackFailed,
            CycleStep.Reapply => ExitCode.MigrationFailed,
            _ => ExitCode.Ok,
        });
    }

    /// <summary>Never the database the connection names: the cycle drops everything it applies.</summary>
    private static async Task<int> OnThrowawayDatabaseAsync(string? connection, Func<string?, Task<int>> cycle, TextWriter error, CancellationToken cancellationToken)
    {
        ThrowawayDatabase database;
        try
        {
            var server = ConnectionSettings.Resolve(connection, Environment.GetEnvironmentVariable);
            database = await ThrowawayDatabase.CreateAsync(server, cancellationToken);
            error.WriteLine($"migrate-lint: cycling on the throwaway database {database.Name} (dropped afterwards)");
        }
        catch (RunnerException refused)
        {
            error.WriteLine($"migrate-lint: {refused.Message}");
            return (int)RunnerExitCodes.For(refused.Kind, ExitCode.UsageError);
        }

        try
        {
            return await cycle(database.ConnectionString);
        }
        finally
        {
            await DropAsync(database, error);
        }
    }

    /// <summary>A database left behind is worth a warning, not the loss of the cycle's own verdict.</summary>
    private static async Task DropAsync(ThrowawayDatabase database, TextWriter error)
    {
        try
        {
            await database.DisposeAsync();
        }
        catch (RunnerException failed)
        {
            error.WriteLine($"migrate-lint: warning: {failed.Message}");
        }
    }
}
