using System.Globalization;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// A <c>GO</c> line as SSMS (sqltoolsservice's batch parser) and sqlcmd accept it: <c>GO</c> in any case,
/// then optionally blanks and a repeat count, then optionally blanks and a <c>--</c> comment, then the
/// line end. Anything else after <c>GO</c> (<c>GO;</c>, <c>GO 5x</c>, <c>GO /* c */</c>, <c>GO -1</c>)
/// is not a separator: SSMS either sends it to the server or rejects the script, so we leave it to the parser.
/// </summary>
internal static class BatchSeparatorLine
{
    private const int KeywordLength = 2;

    /// <summary>
    /// The length of <c>GO</c> or <c>GO n</c> at the start of <paramref name="line"/> (which runs to the end
    /// of the input) when the rest of that line allows a separator; otherwise -1.
    /// </summary>
    public static int Measure(ReadOnlySpan<char> line)
    {
        if (line.Length < KeywordLength || !line[..KeywordLength].Equals("go", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var afterKeyword = KeywordLength;
        if (EndsLine(line, afterKeyword))
        {
            return afterKeyword;
        }

        if (!TSqlCharacters.IsLineBlank(line[afterKeyword]))
        {
            return -1;
        }

        var countStart = SkipBlanks(line, afterKeyword);
        if (EndsLine(line, countStart))
        {
            return afterKeyword;
        }

        var countEnd = countStart;
        while (countEnd < line.Length && TSqlCharacters.IsDecimalDigit(line[countEnd]))
        {
            countEnd++;
        }

        var isCount = countEnd > countStart && TryParseCount(line[countStart..countEnd], out _);
        return isCount && EndsLine(line, SkipBlanks(line, countEnd)) ? countEnd : -1;
    }

    /// <summary>The repeat count of a separator that <see cref="Measure"/> accepted: <c>GO</c> alone runs once.</summary>
    public static int RepeatCount(ReadOnlySpan<char> separator)
    {
        var count = separator[KeywordLength..].TrimStart(" \t");
        return !count.IsEmpty && TryParseCount(count, out var value) ? value : 1;
    }

    /// <summary>SSMS reads the count as an Int32, so <c>GO 0</c> (never run) is valid and an overflow is not.</summary>
    private static bool TryParseCount(ReadOnlySpan<char> digits, out int count) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out count);

    private static int SkipBlanks(ReadOnlySpan<char> line, int position)
    {
        while (position < line.Length && TSqlCharacters.IsLineBlank(line[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>True at the end of the input, at a line break, or at a <c>--</c> comment that runs to the line end.</summary>
    private static bool EndsLine(ReadOnlySpan<char> line, int position) =>
        position >= line.Length
            || TSqlCharacters.IsNewline(line[position])
            || (line[position] == '-' && position + 1 < line.Length && line[position + 1] == '-');
}
