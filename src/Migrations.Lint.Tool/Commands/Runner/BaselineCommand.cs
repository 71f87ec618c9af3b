using System.CommandLine;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint baseline --version V</c>: adopt a database whose schema predates the migrations, as
/// migrated up to V. Exit 0, 1 when migrations were already applied there, 5 on a usage or connection error.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForHistoryChanges();
        var version = new Option<string>("--version") { Description = "Migrations up to and including this version count as applied.", Required = true };
        var description = new Option<string>("--description") { Description = "Recorded in the history row.", DefaultValueFactory = _ => "baseline" };

        var command = new Command("baseline", "Mark an existing database as migrated up to a version, without running anything.") { version, description };
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var target = TargetVersion.Parse(result.GetRequiredValue(version))!;
            return RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                await session.Runner.BaselineAsync(target, result.GetRequiredValue(description), cancellationToken);
                output.WriteLine($"Baselined {session.Connection.Display} at version {target}: later migrations are pending.");
                return (int)ExitCode.Ok;
            });
        });
        return command;
    }
}
