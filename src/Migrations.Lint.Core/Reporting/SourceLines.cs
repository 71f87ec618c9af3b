using Migrations.Lint.Text;

namespace Migrations.Lint.Reporting;

/// <summary>The text of a source line without its terminator (\n, \r\n or \r) or the file's BOM.</summary>
internal static class SourceLines
{
    public static TextSpan Content(SourceText source, int line)
    {
        var lines = source.Lines;
        var start = lines.GetLineStart(line);
        var end = line < lines.LineCount ? lines.GetLineStart(line + 1) : source.Length;
        var text = source.Text;
        if (end > start && text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The 1-based line of the last character a span covers (its start line when it is empty).</summary>
    public static int LastLine(SourceText source, TextSpan span) =>
        source.GetPosition(span.IsEmpty ? span.Start : span.End - 1).Line;
}
