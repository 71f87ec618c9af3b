using Migrations.Lint.Text;

namespace Migrations.Lint.Sql;

/// <summary>Where both dialects' scanners start reading a range of text.</summary>
internal static class ScanRange
{
    /// <summary>Editors put it at the start of a file; neither server sees it as SQL.</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>The range's start, past a byte order mark that opens the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the text.</exception>
    public static int Start(ReadOnlySpan<char> text, TextSpan range)
    {
        if (range.Start < 0 || range.Length < 0 || range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "The range must lie within the text.");
        }

        return range.Start == 0 && range.Length > 0 && text[0] == ByteOrderMark ? 1 : range.Start;
    }
}
