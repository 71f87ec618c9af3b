using System.CommandLine;
using System.Globalization;
using Migrations.Lint.Runner.Inspection;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint postflight</c>: what the last run left. Reports dirty migrations, invalid indexes, NOT VALID
/// constraints and the schema checksum. Exit 3 on a dirty row or an invalid index (and, with <c>--strict</c>,
/// a NOT VALID constraint, which is otherwise a warning: it is the first step of the safe pattern), 0 otherwise,
/// 5 when it cannot connect.
/// </summary>
internal static class PostflightCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForReading();
        var strict = new Option<bool>("--strict") { Description = "Fail on NOT VALID constraints too (by default they are a warning)." };
        var objects = new Option<bool>("--objects") { Description = "List every schema object behind the checksum (to diff two environments)." };
        var command = new Command("postflight", "Check what the run left: dirty migrations, invalid indexes, NOT VALID constraints; print the schema checksum.") { strict, objects };
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                var inspector = new DatabaseInspector(session.Connection, session.Options.HistoryTable);
                var report = await inspector.PostflightAsync(cancellationToken);
                var isStrict = result.GetValue(strict);
                if (commandLine.IsJson(result))
                {
                    InspectionJson.WritePostflight(report, isStrict, result.GetValue(objects), session.Connection.Display, output);
                }
                else
                {
                    Write(report, isStrict, result.GetValue(objects), session.Connection.Display, output);
                }

                return (int)(report.Passed(isStrict) ? ExitCode.Ok : ExitCode.PostflightFailed);
            }));
        return command;
    }

    private static void Write(PostflightReport report, bool strict, bool withObjects, string database, TextWriter output)
    {
        output.WriteLine($"Postflight on {database}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  applied migrations     {report.AppliedMigrations}"));
        output.WriteLine($"  failed migrations      {ReportText.Count(report.FailedMigrations.Count, "dirty row")}");
        foreach (var failed in report.FailedMigrations)
        {
            output.WriteLine($"    {failed.Version ?? "R"} {failed.Description} ({failed.Script}), installed_rank {failed.InstalledRank}");
        }

        output.WriteLine($"  invalid indexes        {ReportText.Count(report.InvalidIndexes.Count, "index", "indexes")}");
        foreach (var index in report.InvalidIndexes)
        {
            output.WriteLine($"    {index.Schema}.{index.Name}: {index.DropStatement}");
        }

        var notValid = report.NotValidConstraints.Count;
        output.WriteLine($"  NOT VALID constraints  {ReportText.Count(notValid, "constraint")}{(notValid > 0 && !strict ? " (warning; --strict fails on them)" : "")}");
        foreach (var constraint in report.NotValidConstraints)
        {
            output.WriteLine($"    {constraint.Table}.{constraint.Name} ({constraint.Type}): {constraint.ValidateStatement}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  schema checksum        {report.Schema.Checksum} ({report.Schema.Objects.Count} objects)"));
        if (withObjects)
        {
            foreach (var item in report.Schema.Objects)
            {
                output.WriteLine($"    {item.Kind} {item.Name}: {item.Definition.ReplaceLineEndings(" ")}");
            }
        }

        output.WriteLine(report.Passed(strict) ? "POSTFLIGHT PASSED" : "POSTFLIGHT FAILED: the database needs attention (see above)");
    }
}
