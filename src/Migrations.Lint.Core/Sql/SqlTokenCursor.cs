using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql;

/// <summary>
/// Reads the significant tokens of one statement. Every read is bounds-checked against <see cref="End"/>,
/// so parsers can probe freely without ever throwing; <see cref="Limit"/> narrows the end to one clause
/// (e.g. one ALTER TABLE action) while it is parsed. Each dialect's cursor adds reads by its own token kinds;
/// this part sees tokens only through their <see cref="ISqlToken.Role"/>, so it serves both.
/// </summary>
/// <typeparam name="TToken">A struct, so the JIT compiles this class for each dialect's token with its role inlined.</typeparam>
internal abstract class SqlTokenCursor<TToken>
    where TToken : struct, ISqlToken
{
    private readonly TToken[] _tokens;
    private readonly List<SyntaxError> _errors;

    /// <param name="count">How many of <paramref name="tokens"/> are significant (the rest is spare capacity).</param>
    protected SqlTokenCursor(string text, TToken[] tokens, int count, List<SyntaxError> errors)
    {
        Text = text;
        _tokens = tokens;
        _errors = errors;
        End = count;
    }

    public string Text { get; }

    public int Position { get; set; }

    public int End { get; private set; }

    public bool AtEnd => Position >= End;

    /// <summary>The current token; only meaningful when not <see cref="AtEnd"/>.</summary>
    public TToken Current => Position < End ? _tokens[Position] : default;

    public void Reset(int start, int end)
    {
        Position = start;
        End = end;
    }

    /// <summary>Narrows the readable tokens to those before <paramref name="end"/>; returns the previous end for <see cref="Restore"/>.</summary>
    public int Limit(int end)
    {
        var previous = End;
        End = Math.Min(end, End);
        return previous;
    }

    public void Restore(int end, int position)
    {
        End = end;
        Position = position;
    }

    public TToken TokenAt(int index) => _tokens[index];

    /// <summary>True when the token <paramref name="ahead"/> plays <paramref name="role"/>.</summary>
    public bool IsRole(SqlTokenRole role, int ahead = 0)
    {
        var index = Position + ahead;
        return index < End && _tokens[index].Role == role;
    }

    /// <summary>True when the token <paramref name="ahead"/> is the unquoted word <paramref name="word"/> (any case).</summary>
    public bool IsWord(string word, int ahead = 0)
    {
        var index = Position + ahead;
        return index < End && IsWordToken(_tokens[index], word);
    }

    public bool IsWordToken(TToken token, string word) =>
        token.Role == SqlTokenRole.Word
        && token.Length == word.Length
        && Text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAnyWordToken(TToken token, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (IsWordToken(token, word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAnyWord(ReadOnlySpan<string> words, int ahead = 0)
    {
        foreach (var word in words)
        {
            if (IsWord(word, ahead))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsOperator(string text, int ahead = 0)
    {
        var index = Position + ahead;
        return index < End && _tokens[index].Role == SqlTokenRole.Operator
            && Text.AsSpan(_tokens[index].Start, _tokens[index].Length).SequenceEqual(text);
    }

    public bool TryOperator(string text)
    {
        if (!IsOperator(text))
        {
            return false;
        }

        Position++;
        return true;
    }

    public void Advance()
    {
        if (Position < End)
        {
            Position++;
        }
    }

    public bool TryWord(string word)
    {
        if (!IsWord(word))
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool TryWords(string first, string second)
    {
        if (!IsWord(first) || !IsWord(second, 1))
        {
            return false;
        }

        Position += 2;
        return true;
    }

    public bool TryWords(string first, string second, string third)
    {
        if (!IsWord(first) || !IsWord(second, 1) || !IsWord(third, 2))
        {
            return false;
        }

        Position += 3;
        return true;
    }

    /// <summary>Reads the words of <paramref name="words"/> in order (<c>MATERIALIZED VIEW</c>), or nothing.</summary>
    public bool TryWords(ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsWord(words[i], i))
            {
                return false;
            }
        }

        Position += words.Length;
        return true;
    }

    /// <summary>Skips one token, or a whole parenthesized or bracketed group when at its opening.</summary>
    public void SkipElement()
    {
        if (AtEnd)
        {
            return;
        }

        var role = _tokens[Position].Role;
        Position++;
        if (role is not (SqlTokenRole.OpenParen or SqlTokenRole.OpenBracket))
        {
            return;
        }

        // A counter instead of recursion: nesting depth is unbounded in hostile input.
        var depth = 1;
        while (Position < End && depth > 0)
        {
            depth += DepthChange(_tokens[Position].Role);
            Position++;
        }
    }

    /// <summary>Skips elements up to the next word in <paramref name="words"/> at nesting depth zero, or to the end.</summary>
    public void SkipToAnyWord(ReadOnlySpan<string> words)
    {
        while (!AtEnd && !IsAnyWord(words))
        {
            SkipElement();
        }
    }

    /// <summary>
    /// The index of the next comma or unmatched closing parenthesis at nesting depth zero
    /// (or <see cref="End"/>): where the current list element ends.
    /// </summary>
    public int FindElementEnd()
    {
        var depth = 0;
        for (var index = Position; index < End; index++)
        {
            var role = _tokens[index].Role;
            if (depth == 0 && role is SqlTokenRole.Comma or SqlTokenRole.CloseParen or SqlTokenRole.CloseBracket)
            {
                return index;
            }

            depth += DepthChange(role);
        }

        return End;
    }

    /// <summary>The index of the next unquoted <paramref name="word"/> at nesting depth zero, or -1.</summary>
    public int FindWord(string word)
    {
        var depth = 0;
        for (var index = Position; index < End; index++)
        {
            var token = _tokens[index];
            if (depth == 0 && IsWordToken(token, word))
            {
                return index;
            }

            depth = Math.Max(0, depth + DepthChange(token.Role));
        }

        return -1;
    }

    /// <summary>From the start of token <paramref name="startIndex"/> to the end of the last token read.</summary>
    public TextSpan SpanFrom(int startIndex)
    {
        if (startIndex >= Position)
        {
            return new TextSpan(startIndex < End ? _tokens[startIndex].Start : EndOffset, 0);
        }

        return TextSpan.FromBounds(_tokens[startIndex].Start, _tokens[Position - 1].End);
    }

    /// <summary>From the start of token <paramref name="startIndex"/> to the end of token <paramref name="endIndex"/> - 1.</summary>
    public TextSpan SpanOf(int startIndex, int endIndex) =>
        endIndex > startIndex
            ? TextSpan.FromBounds(_tokens[startIndex].Start, _tokens[endIndex - 1].End)
            : new TextSpan(startIndex < End ? _tokens[startIndex].Start : EndOffset, 0);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(TToken token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>Reports that <paramref name="expected"/> is missing where the cursor stands.</summary>
    public void ReportExpected(string expected)
    {
        var span = !AtEnd ? _tokens[Position].Span
            : Position > 0 ? _tokens[Position - 1].Span
            : new TextSpan(EndOffset, 0);
        _errors.Add(new SyntaxError(span, $"Expected {expected}."));
    }

    /// <summary>
    /// Reports that <paramref name="expected"/> is missing when the clause has ended: a required part
    /// followed by something unfamiliar may be syntax we do not model, but nothing at all is certainly wrong.
    /// </summary>
    public void ReportIfEnded(string expected)
    {
        if (AtEnd)
        {
            ReportExpected(expected);
        }
    }

    public void Report(TextSpan span, string message) => _errors.Add(new SyntaxError(span, message));

    private int EndOffset => End > 0 ? _tokens[End - 1].End : 0;

    private static int DepthChange(SqlTokenRole role) => role switch
    {
        SqlTokenRole.OpenParen or SqlTokenRole.OpenBracket => 1,
        SqlTokenRole.CloseParen or SqlTokenRole.CloseBracket => -1,
        _ => 0,
    };
}
