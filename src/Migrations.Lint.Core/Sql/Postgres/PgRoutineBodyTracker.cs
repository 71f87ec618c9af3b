using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// psql's heuristic (psqlscan.l, begin_depth) for SQL-standard routine bodies: in a statement that
/// starts <c>CREATE [OR REPLACE] FUNCTION|PROCEDURE</c>, each top-level <c>BEGIN</c> (and, inside one,
/// <c>CASE</c>) opens a block that <c>END</c> closes, and <c>;</c> inside a block does not end the statement.
/// </summary>
internal struct PgRoutineBodyTracker(string text)
{
    private const int HeadLength = 4;

    private HeadWord _first;
    private HeadWord _second;
    private HeadWord _third;
    private HeadWord _fourth;
    private int _words;
    private int _depth;

    private enum HeadWord : byte
    {
        Other,
        Create,
        Or,
        Replace,
        Routine,
    }

    public readonly bool IsInsideBody => _depth > 0;

    /// <summary>The outermost open <c>BEGIN</c>.</summary>
    public TextSpan BodyStart { get; private set; }

    /// <summary>The first <c>;</c> inside the body, where recovery cuts an unclosed one; -1 if none.</summary>
    public int FirstInnerTerminator { get; private set; } = -1;

    public void NoteInnerTerminator(int index)
    {
        if (FirstInnerTerminator < 0)
        {
            FirstInnerTerminator = index;
        }
    }

    public void Read(PgToken word, int parenthesisDepth)
    {
        var value = text.AsSpan(word.Start, word.Length);
        if (_words < HeadLength)
        {
            Remember(_words, Classify(value));
            _words++;
        }

        if (parenthesisDepth != 0 || !StartsRoutine)
        {
            return;
        }

        if (value.Equals("begin", StringComparison.OrdinalIgnoreCase))
        {
            if (_depth == 0)
            {
                BodyStart = word.Span;
            }

            _depth++;
        }
        else if (_depth > 0 && value.Equals("case", StringComparison.OrdinalIgnoreCase))
        {
            _depth++;
        }
        else if (_depth > 0 && value.Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            _depth--;
        }
    }

    private readonly bool StartsRoutine =>
        _first == HeadWord.Create
        && (_second == HeadWord.Routine
            || (_second == HeadWord.Or && _third == HeadWord.Replace && _fourth == HeadWord.Routine));

    private static HeadWord Classify(ReadOnlySpan<char> word) =>
        word.Equals("create", StringComparison.OrdinalIgnoreCase) ? HeadWord.Create
        : word.Equals("or", StringComparison.OrdinalIgnoreCase) ? HeadWord.Or
        : word.Equals("replace", StringComparison.OrdinalIgnoreCase) ? HeadWord.Replace
        : word.Equals("function", StringComparison.OrdinalIgnoreCase)
            || word.Equals("procedure", StringComparison.OrdinalIgnoreCase) ? HeadWord.Routine
        : HeadWord.Other;

    private void Remember(int index, HeadWord word)
    {
        switch (index)
        {
            case 0:
                _first = word;
                break;
            case 1:
                _second = word;
                break;
            case 2:
                _third = word;
                break;
            default:
                _fourth = word;
                break;
        }
    }
}
