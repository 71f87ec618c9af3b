using System.Globalization;
using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>A cycle report for people: one line per step, one per object not reverted, then CYCLE PASSED or FAILED.</summary>
internal static class CycleText
{
    public static void Write(CycleReport report, string database, TextWriter output)
    {
        output.WriteLine($"Cycle on {database}");
        output.WriteLine($"  empty     schema {Short(report.EmptyChecksum)}");
        foreach (var run in report.Runs)
        {
            var count = run.Run.Migrations.Count(migration => migration.Failure is null);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Step(run.Step),-9} {count} {(count == 1 ? "migration" : "migrations")}{(run.SchemaChecksum is { } checksum ? $", schema {Short(checksum)}" : ", FAILED")}"));
            if (run.Run.Failure is { Failure: { } failure } failed)
            {
                output.WriteLine($"    {failed.Version ?? failed.Description}: {failure}");
            }
        }

        if (report.RefusedRollback is { } refused)
        {
            output.WriteLine($"  rollback  refused: {refused}");
        }

        foreach (var finding in report.Findings)
        {
            var definition = finding.Difference.Actual ?? finding.Difference.Expected ?? "";
            output.WriteLine($"  {finding.Problem}: {finding.Difference.Kind} {finding.Difference.Name}: {ReportText.OneLine(definition)}");
        }

        output.WriteLine(report.Passed
            ? "CYCLE PASSED: every down script reverts its up script"
            : report.Findings.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $"CYCLE FAILED: {report.Findings.Count} {(report.Findings.Count == 1 ? "object" : "objects")} not reverted")
                : $"CYCLE FAILED at {Step(report.FailedStep!.Value)}");
    }

    private static string Step(CycleStep step) => step == CycleStep.Reapply ? "re-apply" : KebabCase.Of(step);

    private static string Short(string checksum) => checksum[..12];
}
