namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// Keyword phrases matched against the words at the cursor. Phrases are bucketed by their first
/// letter, so a lookup compares a handful of candidates instead of the whole table; within a bucket
/// the declaration order is kept (list longer phrases first, e.g. <c>OPERATOR CLASS</c> before <c>OPERATOR</c>).
/// </summary>
internal sealed class PgKeywordTable
{
    private readonly string[][] _phrases;
    private readonly int[][] _byInitial = new int[26][];

    public PgKeywordTable(params string[][] phrases)
    {
        _phrases = phrases;
        for (var letter = 0; letter < 26; letter++)
        {
            _byInitial[letter] = [.. Enumerable.Range(0, phrases.Length).Where(i => phrases[i][0][0] - 'A' == letter)];
        }
    }

    /// <summary>A table of one-word phrases.</summary>
    public static PgKeywordTable OfWords(params string[] words) => new([.. words.Select(word => new[] { word })]);

    public string[] this[int index] => _phrases[index];

    /// <summary>The index of the first phrase spelled by the words <paramref name="ahead"/> of the cursor, or -1.</summary>
    public int Match(PgTokenCursor cursor, int ahead = 0)
    {
        if (!cursor.IsKind(PgTokenKind.Identifier, ahead))
        {
            return -1;
        }

        var letter = (cursor.Text[cursor.TokenAt(cursor.Position + ahead).Start] | 0x20) - 'a';
        if ((uint)letter >= 26)
        {
            return -1;
        }

        foreach (var index in _byInitial[letter])
        {
            var phrase = _phrases[index];
            var matched = 0;
            while (matched < phrase.Length && cursor.IsWord(phrase[matched], ahead + matched))
            {
                matched++;
            }

            if (matched == phrase.Length)
            {
                return index;
            }
        }

        return -1;
    }
}
