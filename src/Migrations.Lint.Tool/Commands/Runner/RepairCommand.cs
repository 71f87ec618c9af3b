using System.CommandLine;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint repair</c>: after a person cleaned up a failed migration or accepted a changed file,
/// make the history agree: delete failed rows, record current checksums. Exit 0, or 5 when it cannot connect.
/// </summary>
internal static class RepairCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForHistoryChanges();
        var command = new Command("repair", "Remove failed migrations from the history and record the current checksums of changed files.");
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                var repair = await session.Runner.RepairAsync(session.Migrations, cancellationToken);
                foreach (var removed in repair.RemovedFailures)
                {
                    output.WriteLine($"removed failed {removed.Version ?? removed.Description} ({removed.Script})");
                }

                foreach (var realigned in repair.Realigned)
                {
                    output.WriteLine($"realigned checksum of {realigned.Version ?? realigned.Description} ({realigned.Script})");
                }

                output.WriteLine(repair.RemovedFailures.Count + repair.Realigned.Count == 0
                    ? $"Nothing to repair on {session.Connection.Display}."
                    : $"Repaired the history of {session.Connection.Display}.");
                return (int)ExitCode.Ok;
            }));
        return command;
    }
}
