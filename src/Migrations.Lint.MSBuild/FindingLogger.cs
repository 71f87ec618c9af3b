using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Reporting;

namespace Migrations.Lint.MSBuild;

/// <summary>
/// Logs findings as MSBuild errors, warnings and messages carrying the rule code, help link and exact
/// span, so MSBuild's own switches (NoWarn, WarningsAsErrors, TreatWarningsAsErrors) apply to them.
/// Problems with the build setup itself get <c>MIGBUILDnnn</c> codes, which no rule uses.
/// </summary>
internal sealed class FindingLogger(TaskLoggingHelper log, TreatWarningsAsErrorsPolicy treatWarningsAsErrors)
{
    private const string Subcategory = "migrations-lint";
    private const string ConfigErrorCode = "MIGBUILD001";
    private const string MissingInputCode = "MIGBUILD002";
    private const string TargetPathClashCode = "MIGBUILD004";

    /// <summary>Every finding users should see, in report order; suppressed ones are left out.</summary>
    public void LogFindings(LintReport report, ReportContext context)
    {
        var visible = report.Diagnostics
            .Where(diagnostic => !diagnostic.IsSuppressed)
            .OrderBy(diagnostic => context.FullPath(diagnostic.Location.Path), StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.Span.Start)
            .ThenBy(diagnostic => diagnostic.Rule.Code, StringComparer.Ordinal);
        foreach (var diagnostic in visible)
        {
            LogFinding(diagnostic, context.FullPath(diagnostic.Location.Path));
        }

        log.LogMessage(
            MessageImportance.Normal,
            $"migrations-lint: linted {Count(report.FileCount, "file")}: {Count(report.ErrorCount, "error")}, "
            + $"{Count(report.WarningCount, "warning")}, {Count(report.NoteCount, "note")}, {report.SuppressedCount} suppressed");
    }

    public void LogConfigError(ConfigError error) =>
        LogSetupError(
            ConfigErrorCode,
            error.Source == ConfigError.CommandLine ? null : error.Source,
            error.Message,
            error.Position?.Line ?? 0,
            error.Position?.Column ?? 0);

    public void LogInvalidProperty(string property, string value, string expected) =>
        LogSetupError(ConfigErrorCode, null, $"{property} is '{value}'; expected {expected}");

    public void LogMissingInput(DiscoveryFinding finding) =>
        LogSetupError(MissingInputCode, finding.Path, $"migration file not found: {finding.Message}");

    public void LogTargetPathClash(TargetPathClash clash) =>
        LogSetupError(
            TargetPathClashCode,
            clash.Second,
            $"'{clash.First}' and this file would both be copied to migrations/{clash.TargetPath}; give one of them a Link or TargetPath");

    private void LogSetupError(string code, string? file, string message, int line = 0, int column = 0) =>
        log.LogError(Subcategory, code, null, null, file, line, column, 0, 0, message);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private void LogFinding(Diagnostic diagnostic, string file)
    {
        var location = diagnostic.Location;
        var start = location.Start;

        // MSBuild reads an end of 0,0 as "no range"; a whole-file finding has none.
        var (endLine, endColumn) = location.IsWholeFile ? (0, 0) : (location.End.Line, location.End.Column);
        var code = diagnostic.Rule.Code;
        var helpLink = diagnostic.Rule.HelpUri;
        var message = diagnostic.Help is null
            ? diagnostic.Message.ReplaceLineEndings(" ")
            : (diagnostic.Message + " " + diagnostic.Help).ReplaceLineEndings(" ");
        switch (diagnostic.Severity)
        {
            case Severity.Error:
            case Severity.Warning when treatWarningsAsErrors.Promotes(code):
                log.LogError(Subcategory, code, null, helpLink, file, start.Line, start.Column, endLine, endColumn, message);
                break;
            case Severity.Warning:
                log.LogWarning(Subcategory, code, null, helpLink, file, start.Line, start.Column, endLine, endColumn, message);
                break;
            default:
                // MSBuild has no "note" level: a high-importance message shows in the build output, never fails the build
                // and is not promoted by TreatWarningsAsErrors.
                log.LogMessage(Subcategory, code, null, file, start.Line, start.Column, endLine, endColumn, MessageImportance.High, message);
                break;
        }
    }
}
