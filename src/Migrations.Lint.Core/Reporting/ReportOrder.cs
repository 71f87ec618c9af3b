using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The order every reporter lists findings in: by file (its full path, however the user spelled it),
/// then position, then rule. Files may be linted in parallel, and fingerprint occurrence numbers need a
/// deterministic order.
/// </summary>
internal static class ReportOrder
{
    public static IReadOnlyList<Diagnostic> All(LintReport report, ReportContext context) =>
    [
        .. report.Diagnostics
            .OrderBy(d => context.FullPath(d.Location.Path), StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Location.Span.End)
            .ThenBy(d => d.Rule.Code, StringComparer.Ordinal),
    ];

    /// <summary>The findings users see: everything except suppressed ones.</summary>
    public static IReadOnlyList<Diagnostic> Visible(LintReport report, ReportContext context) =>
        [.. All(report, context).Where(d => !d.IsSuppressed)];
}
