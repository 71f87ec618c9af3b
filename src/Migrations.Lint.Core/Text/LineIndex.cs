namespace Migrations.Lint.Text;

/// <summary>
/// Maps UTF-16 offsets to 1-based line/column. A line ends at \n, \r\n or a lone \r, so
/// files edited on Windows, Unix or classic Mac report the same positions. A leading BOM is
/// not counted as a column.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _bomLength;
    private readonly int _textLength;

    private LineIndex(int[] lineStarts, int bomLength, int textLength)
    {
        _lineStarts = lineStarts;
        _bomLength = bomLength;
        _textLength = textLength;
    }

    public int LineCount => _lineStarts.Length;

    public static LineIndex Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return new LineIndex([.. starts], bom, text.Length);
    }

    /// <summary>The 1-based position of <paramref name="offset"/>; offsets past the end clamp to it.</summary>
    public LinePosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        offset = Math.Min(offset, _textLength);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        if (line == 0 && offset >= _bomLength)
        {
            lineStart = _bomLength;
        }

        return new LinePosition(line + 1, offset - lineStart + 1);
    }

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, LineCount);
        return line == 1 ? _bomLength : _lineStarts[line - 1];
    }
}
