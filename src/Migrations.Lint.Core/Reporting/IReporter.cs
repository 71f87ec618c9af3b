using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>Renders a <see cref="LintReport"/> in one output format.</summary>
public interface IReporter
{
    /// <summary>The name users pass to <c>--format</c>, e.g. <c>text</c> or <c>sarif</c>.</summary>
    string Format { get; }

    void Write(LintReport report, ReportContext context, TextWriter output);
}
