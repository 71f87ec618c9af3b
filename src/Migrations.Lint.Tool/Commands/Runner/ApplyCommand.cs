using System.CommandLine;
using Migrations.Lint.Migrations;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Ephemeral;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint apply [paths…]</c>: lint, then apply the pending migrations. Exit 0 when all applied,
/// 1 when lint or a preflight check refused, 2 when a migration failed, 5 on a usage, configuration or
/// connection error.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForChanging();
        var steps = new Option<int?>("--steps") { Description = "Apply at most this many pending migrations." };
        var target = new Option<string?>("--target") { Description = "Apply pending migrations up to and including this version." };
        var force = new Option<bool>("--force") { Description = "Apply even when lint finds errors." };
        var ephemeral = new Option<bool>("--ephemeral") { Description = "Apply to a temporary local PostgreSQL (initdb/pg_ctl), then delete it: a full trial run with no database." };

        var command = new Command("apply", "Lint, then apply the pending migrations in order.") { steps, target, force, ephemeral };
        command.Aliases.Add("up");
        command.Aliases.Add("migrate");
        commandLine.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(steps) is < 0)
            {
                throw new UsageException($"--steps must be zero or more, not {result.GetValue(steps)}");
            }

            var request = new ApplyRequest(result.GetValue(steps), TargetVersion.Parse(result.GetValue(target)), result.GetValue(commandLine.DryRun));
            var progress = commandLine.IsJson(result) ? null : new StderrProgress(error);
            Task<int> Apply(string? connection) => RunnerSession.RunAsync(
                commandLine, result, error, ExitCode.MigrationFailed, progress, session => ApplyAsync(session, request, result, commandLine, result.GetValue(force), output, error, cancellationToken), connection);

            if (!result.GetValue(ephemeral))
            {
                return await Apply(null);
            }

            if (result.GetValue(commandLine.Connection) is not null)
            {
                throw new UsageException("--ephemeral and --connection cannot be used together");
            }

            return await ApplyToTemporaryClusterAsync(Apply, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> ApplyAsync(
        RunnerSession session,
        ApplyRequest request,
        ParseResult result,
        RunnerCommandLine commandLine,
        bool force,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        if (!LintGate.Passes(session, force, error))
        {
            return (int)ExitCode.LintFailed;
        }

        var run = await session.Runner.ApplyAsync(session.Migrations, request, cancellationToken);
        if (commandLine.IsJson(result))
        {
            RunnerJson.WriteRun(run, "apply", session.Connection.Display, request.DryRun, output);
        }
        else
        {
            RunResultText.Write(run, request.DryRun ? "apply (dry run)" : "apply", session.Connection.Display, output);
        }

        if (run.Failure is { } failed)
        {
            error.WriteLine($"migrate-lint: migration {failed.Version ?? failed.Description} failed: {failed.Failure}");
            return (int)ExitCode.MigrationFailed;
        }

        return (int)ExitCode.Ok;
    }

    /// <summary>Runs <paramref name="apply"/> against a new database of a temporary cluster (also used by cycle --ephemeral).</summary>
    internal static async Task<int> ApplyToTemporaryClusterAsync(Func<string?, Task<int>> apply, TextWriter error, CancellationToken cancellationToken)
    {
        EphemeralCluster cluster;
        try
        {
            error.WriteLine("migrate-lint: starting a temporary PostgreSQL cluster ...");
            cluster = EphemeralCluster.Start();
        }
        catch (RunnerException failed)
        {
            error.WriteLine($"migrate-lint: {failed.Message}");
            return (int)ExitCode.UsageError;
        }

        await using (cluster)
        {
            var connection = await cluster.CreateDatabaseAsync("migrate_lint_", cancellationToken);
            var exitCode = await apply(connection);
            error.WriteLine("migrate-lint: stopping and deleting the temporary cluster");
            return exitCode;
        }
    }
}
