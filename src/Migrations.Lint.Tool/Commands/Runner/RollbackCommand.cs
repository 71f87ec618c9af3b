using System.CommandLine;
using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint rollback</c>: run the down scripts of the newest applied migrations (one by default).
/// Exit 0 when all rolled back, 1 when refused before starting, 4 when a rollback failed, 5 on a usage,
/// configuration or connection error.
/// </summary>
internal static class RollbackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForChanging();
        var steps = new Option<int?>("--steps") { Description = "Roll back this many of the newest applied migrations (default 1)." };
        var target = new Option<string?>("--target") { Description = "Roll back every applied migration newer than this version." };

        var command = new Command("rollback", "Run the down scripts of the newest applied migrations.") { steps, target };
        command.Aliases.Add("down");
        commandLine.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var stepCount = result.GetValue(steps);
            var version = TargetVersion.Parse(result.GetValue(target));
            if (stepCount is not null && version is not null)
            {
                throw new UsageException("--steps and --target cannot be used together");
            }

            if (stepCount is < 1)
            {
                throw new UsageException($"--steps must be at least 1, not {stepCount}");
            }

            var dryRun = result.GetValue(commandLine.DryRun);
            var request = new RollbackRequest(stepCount ?? 1, version, dryRun);
            var progress = commandLine.IsJson(result) ? null : new StderrProgress(error);
            return await RunnerSession.RunAsync(commandLine, result, error, ExitCode.RollbackFailed, progress, async session =>
            {
                var run = await session.Runner.RollbackAsync(session.Migrations, request, cancellationToken);
                if (commandLine.IsJson(result))
                {
                    RunnerJson.WriteRun(run, "rollback", session.Connection.Display, dryRun, output);
                }
                else
                {
                    RunResultText.Write(run, dryRun ? "roll back (dry run)" : "roll back", session.Connection.Display, output);
                }

                if (run.Failure is { } failed)
                {
                    error.WriteLine($"migrate-lint: rollback of {failed.Version ?? failed.Description} failed: {failed.Failure}");
                    return (int)ExitCode.RollbackFailed;
                }

                return (int)ExitCode.Ok;
            });
        });
        return command;
    }
}
