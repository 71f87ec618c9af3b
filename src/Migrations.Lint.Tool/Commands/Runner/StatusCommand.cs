using System.CommandLine;
using System.Globalization;
using Migrations.Lint.Runner;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary><c>migrate-lint status</c>: every migration on disk or in the history and its state. Reads only; exit 0, or 5 when it cannot connect.</summary>
internal static class StatusCommand
{
    private static readonly string[] Headings = ["VERSION", "DESCRIPTION", "TYPE", "STATE", "INSTALLED ON", "SCRIPT"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForReading();
        var command = new Command("status", "List every migration and whether it is applied, pending, failed or changed.");
        command.Aliases.Add("info");
        command.Aliases.Add("ls");
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                var entries = await session.Runner.StatusAsync(session.Migrations, cancellationToken);
                if (commandLine.IsJson(result))
                {
                    RunnerJson.WriteStatus(entries, session.Connection.Display, output);
                }
                else
                {
                    WriteTable(entries, output);
                }

                return (int)ExitCode.Ok;
            }));
        return command;
    }

    /// <summary>Plain columns padded with spaces: readable in a terminal and easy to cut or awk.</summary>
    private static void WriteTable(IReadOnlyList<StatusEntry> entries, TextWriter output)
    {
        var rows = entries.Select(entry => new[]
        {
            entry.Version ?? "",
            entry.Description,
            KebabCase.Of(entry.Type),
            KebabCase.Of(entry.State),
            entry.InstalledOn?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
            entry.Script,
        }).Prepend(Headings).ToList();
        var widths = Enumerable.Range(0, Headings.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
        }
    }
}
