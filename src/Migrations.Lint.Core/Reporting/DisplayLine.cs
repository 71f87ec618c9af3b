using System.Buffers;
using System.Globalization;
using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Reporting;

/// <summary>
/// One source line as a terminal shows it, and the display column of each of its UTF-16 offsets. Tabs
/// expand to the next tab stop; control, format and line-separator characters are shown as visible
/// symbols, because printing them raw would move the cursor, reorder text (bidi overrides) or inject
/// escape sequences.
/// </summary>
internal sealed class DisplayLine
{
    private const int TabWidth = 4;

    private readonly int _start;
    private readonly int[] _columns;

    public DisplayLine(SourceText source, int line)
    {
        var content = SourceLines.Content(source, line);
        var builder = new StringBuilder(content.Length);
        _start = content.Start;
        _columns = new int[content.Length + 1];
        var column = 0;
        var firstTextColumn = -1;
        var offset = 0;
        while (offset < content.Length)
        {
            var rest = source.Text.AsSpan(content.Start + offset, content.Length - offset);
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            _columns.AsSpan(offset, consumed).Fill(column);
            if (firstTextColumn < 0 && !Rune.IsWhiteSpace(rune))
            {
                firstTextColumn = column;
            }

            if (rune.Value == '\t')
            {
                var width = TabWidth - (column % TabWidth);
                builder.Append(' ', width);
                column += width;
            }
            else
            {
                var shown = Visible(rune);
                builder.Append(shown.ToString());
                column += DisplayWidth.Of(shown);
            }

            offset += consumed;
        }

        _columns[content.Length] = column;
        EndColumn = column;
        FirstTextColumn = firstTextColumn < 0 ? column : firstTextColumn;
        Text = builder.ToString().TrimEnd();
    }

    /// <summary>The line, ready to print, without trailing whitespace.</summary>
    public string Text { get; }

    /// <summary>The 0-based display column just past the line's last character.</summary>
    public int EndColumn { get; }

    /// <summary>The 0-based display column of the first non-blank character (<see cref="EndColumn"/> on a blank line).</summary>
    public int FirstTextColumn { get; }

    /// <summary>The 0-based display column of a source offset; offsets past the line clamp to its end.</summary>
    public int ColumnOf(int offset) => _columns[Math.Clamp(offset - _start, 0, _columns.Length - 1)];

    private static Rune Visible(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Control when rune.Value < 0x20:
                return new Rune(0x2400 + rune.Value); // Control Pictures block: ␀ .. ␟
            case UnicodeCategory.Control when rune.Value == 0x7F:
                return new Rune(0x2421); // ␡
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return Rune.ReplacementChar;
            default:
                return rune;
        }
    }
}
