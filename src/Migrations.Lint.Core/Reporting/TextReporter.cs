using System.Globalization;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The human format: per finding a compiler-style header, a code frame, the safe alternative and the
/// rule's documentation link; then a one-line summary.
/// </summary>
public sealed class TextReporter : IReporter
{
    public const string FormatName = "text";

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output)
    {
        var painter = new AnsiPainter(context.UseColor);
        WriteDialectNotes(output, painter, report, context);
        foreach (var diagnostic in ReportOrder.Visible(report, context))
        {
            WriteFinding(output, painter, context, diagnostic);
            output.WriteLine();
        }

        WriteSummary(output, painter, report);
    }

    private static void WriteDialectNotes(TextWriter output, AnsiPainter painter, LintReport report, ReportContext context)
    {
        var any = false;
        foreach (var (_, text) in DialectNotes.Of(report, context))
        {
            painter.Write(output, SeverityNames.Of(Severity.Note) + ":", AnsiPainter.StyleOf(Severity.Note));
            output.Write(' ');
            output.WriteLine(text);
            any = true;
        }

        if (any)
        {
            output.WriteLine();
        }
    }

    private static void WriteFinding(TextWriter output, AnsiPainter painter, ReportContext context, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var start = location.Start;
        painter.Write(output, $"{context.RelativePath(location.Path)}:{start.Line}:{start.Column}:", AnsiPainter.Bold);
        output.Write(' ');
        painter.Write(output, SeverityNames.Of(diagnostic.Severity), AnsiPainter.StyleOf(diagnostic.Severity));
        output.Write(' ');
        painter.Write(output, diagnostic.Rule.ToString(), AnsiPainter.Bold);
        output.Write(": ");
        output.WriteLine(diagnostic.Message);

        if (!location.IsWholeFile)
        {
            CodeFrame.Write(output, painter, diagnostic);
        }

        var indent = new string(' ', CodeFrame.GutterWidthOf(location) + 1);
        if (diagnostic.Help is not null)
        {
            WriteNote(output, painter, indent, "help", diagnostic.Help);
        }

        WriteNote(output, painter, indent, "docs", diagnostic.Rule.HelpUri);
    }

    private static void WriteNote(TextWriter output, AnsiPainter painter, string indent, string label, string text)
    {
        output.Write(indent);
        painter.Write(output, "=", AnsiPainter.Gutter);
        output.Write(' ');
        painter.Write(output, label + ":", AnsiPainter.Bold);
        output.Write(' ');
        output.WriteLine(text);
    }

    private static void WriteSummary(TextWriter output, AnsiPainter painter, LintReport report)
    {
        var files = Count(report.FileCount, "file");
        var suppressed = report.SuppressedCount > 0 ? $" ({report.SuppressedCount} suppressed)" : "";
        if (report.ErrorCount + report.WarningCount + report.NoteCount == 0)
        {
            painter.Write(output, "No problems found", AnsiPainter.Success);
            output.WriteLine($" in {files}{suppressed}.");
            return;
        }

        var parts = new List<(string Text, Severity Severity)>();
        if (report.ErrorCount > 0)
        {
            parts.Add((Count(report.ErrorCount, "error"), Severity.Error));
        }

        if (report.WarningCount > 0)
        {
            parts.Add((Count(report.WarningCount, "warning"), Severity.Warning));
        }

        if (report.NoteCount > 0)
        {
            parts.Add((Count(report.NoteCount, "note"), Severity.Note));
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                output.Write(", ");
            }

            painter.Write(output, parts[i].Text, AnsiPainter.StyleOf(parts[i].Severity));
        }

        output.WriteLine($" in {files}{suppressed}");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
