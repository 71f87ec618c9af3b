using Migrations.Lint.Linting;
using Migrations.Lint.Reporting;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// Apply lints what it is about to run first: a migration the linter calls unsafe does not reach the
/// database unless the user says so (<c>--force</c>). Findings go to standard error as the text report.
/// </summary>
internal static class LintGate
{
    /// <returns>True when applying may go ahead.</returns>
    public static bool Passes(RunnerInputs inputs, bool force, TextWriter error)
    {
        var outcome = LintPipeline.Run(inputs.Paths, inputs.Config, RunnerSession.WorkingDirectory);
        var report = outcome.Report;
        if (report.ErrorCount == 0)
        {
            if (report.WarningCount > 0)
            {
                error.WriteLine($"migrate-lint: lint: {report.WarningCount} {(report.WarningCount == 1 ? "warning" : "warnings")} (run 'dotnet migrate-lint lint' to see them)");
            }

            return true;
        }

        var context = new ReportContext(RunnerSession.WorkingDirectory) { RepositoryRoot = RepositoryRoot.Find(RunnerSession.WorkingDirectory), UseColor = false };
        ReporterRegistry.Default.Get(TextReporter.FormatName).Write(report, context, error);
        var errors = $"{report.ErrorCount} lint {(report.ErrorCount == 1 ? "error" : "errors")}";
        error.WriteLine(force
            ? $"migrate-lint: applying despite {errors} (--force)"
            : $"migrate-lint: {errors}; nothing was applied (fix them, or pass --force to apply anyway)");
        return force;
    }
}
