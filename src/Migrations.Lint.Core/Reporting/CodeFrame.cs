using System.Globalization;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The source lines of a finding with a line-number gutter and the span underlined, like rustc:
/// <code>
///   |
/// 3 | CREATE INDEX idx ON users (email);
///   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
/// </code>
/// A span over several lines underlines its first line to the end, marks the lines it continues on with
/// a <c>|</c> margin and underlines its last line up to where it ends; long spans are cut in the middle.
/// </summary>
internal sealed class CodeFrame
{
    /// <summary>Spans over more lines show the first <c>MaxLines - 2</c>, an ellipsis and the last.</summary>
    private const int MaxLines = 5;

    private readonly TextWriter _output;
    private readonly AnsiPainter _painter;
    private readonly string _underlineStyle;
    private readonly int _gutterWidth;

    private CodeFrame(TextWriter output, AnsiPainter painter, Severity severity, int gutterWidth)
    {
        _output = output;
        _painter = painter;
        _underlineStyle = AnsiPainter.StyleOf(severity);
        _gutterWidth = gutterWidth;
    }

    /// <summary>The gutter width a frame for <paramref name="location"/> uses; help lines align with it.</summary>
    public static int GutterWidthOf(SourceLocation location) =>
        location.IsWholeFile ? 1 : Digits(SourceLines.LastLine(location.Source, location.Span));

    public static void Write(TextWriter output, AnsiPainter painter, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var frame = new CodeFrame(output, painter, diagnostic.Severity, GutterWidthOf(location));
        var source = location.Source;
        var span = location.Span;
        var firstLine = location.Start.Line;
        var lastLine = SourceLines.LastLine(source, span);

        frame.WriteBlankRow();
        if (firstLine == lastLine)
        {
            var line = new DisplayLine(source, firstLine);
            var start = line.ColumnOf(span.Start);
            frame.WriteSourceRow(firstLine, margin: "", line);
            frame.WriteUnderline(margin: "", start, line.ColumnOf(span.End) - start);
            return;
        }

        var first = new DisplayLine(source, firstLine);
        var underlineStart = first.ColumnOf(span.Start);
        frame.WriteSourceRow(firstLine, margin: "  ", first);
        frame.WriteUnderline(margin: "  ", underlineStart, first.EndColumn - underlineStart);

        var shownBeforeEllipsis = lastLine - firstLine + 1 <= MaxLines ? lastLine - 1 : firstLine + MaxLines - 3;
        for (var number = firstLine + 1; number <= shownBeforeEllipsis; number++)
        {
            frame.WriteSourceRow(number, margin: "| ", new DisplayLine(source, number));
        }

        if (shownBeforeEllipsis < lastLine - 1)
        {
            frame.WriteEllipsis();
        }

        var last = new DisplayLine(source, lastLine);
        var end = last.ColumnOf(span.End);
        var from = Math.Min(last.FirstTextColumn, Math.Max(0, end - 1));
        frame.WriteSourceRow(lastLine, margin: "| ", last);
        frame.WriteUnderline(margin: "| ", from, end - from);
    }

    private void WriteSourceRow(int number, string margin, DisplayLine line)
    {
        WriteGutter(number.ToString(CultureInfo.InvariantCulture));
        var text = line.Text;
        if (text.Length == 0)
        {
            margin = margin.TrimEnd();
        }

        if (margin.Length + text.Length > 0)
        {
            _output.Write(' ');
            _painter.Write(_output, margin, AnsiPainter.Gutter);
            _output.Write(text);
        }

        _output.WriteLine();
    }

    private void WriteUnderline(string margin, int column, int width)
    {
        WriteGutter("");
        _output.Write(' ');
        _painter.Write(_output, margin, AnsiPainter.Gutter);
        _output.Write(new string(' ', column));
        _painter.Write(_output, new string('^', Math.Max(1, width)), _underlineStyle);
        _output.WriteLine();
    }

    private void WriteBlankRow()
    {
        WriteGutter("");
        _output.WriteLine();
    }

    private void WriteEllipsis()
    {
        _painter.Write(_output, "...", AnsiPainter.Gutter);
        _output.WriteLine();
    }

    private void WriteGutter(string label) => _painter.Write(_output, label.PadLeft(_gutterWidth) + " |", AnsiPainter.Gutter);

    private static int Digits(int number) => number.ToString(CultureInfo.InvariantCulture).Length;
}
