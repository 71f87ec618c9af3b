using System.CommandLine;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary><c>migrate-lint validate</c>: exit 1 when an applied migration's file has changed since it ran (drift), else 0.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForReading();
        var command = new Command("validate", "Check that applied migrations still match their files.");
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                var report = await session.Runner.ValidateAsync(session.Migrations, cancellationToken);
                if (commandLine.IsJson(result))
                {
                    RunnerJson.WriteValidation(report, session.Connection.Display, output);
                }
                else if (report.IsValid)
                {
                    output.WriteLine($"Applied migrations match their files on {session.Connection.Display}.");
                }
                else
                {
                    foreach (var drift in report.Drift)
                    {
                        output.WriteLine($"{drift.Script}: changed since version {drift.Version ?? drift.Description} was applied (checksum {drift.AppliedChecksum}, now {drift.CurrentChecksum})");
                    }

                    output.WriteLine($"{report.Drift.Count} applied {(report.Drift.Count == 1 ? "migration has" : "migrations have")} changed; restore them as applied.");
                }

                return report.IsValid ? (int)ExitCode.Ok : (int)ExitCode.LintFailed;
            }));
        return command;
    }
}
