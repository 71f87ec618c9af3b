using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Streams the tokens of T-SQL text the way SQL Server's ScriptDom lexer splits it, plus the sqlcmd
/// layer SSMS and sqlcmd handle on the client (<c>GO</c> lines, <c>:commands</c>, <c>$(variables)</c>).
/// Offsets are absolute positions in the text, even when only a range is scanned. Malformed input
/// never throws: it yields <see cref="TSqlTokenKind.Invalid"/> or unterminated tokens.
/// </summary>
/// <remarks>
/// Like ScriptDom, every ASCII control character (NUL included) and the Unicode spaces are whitespace,
/// and any other non-ASCII character may appear in an unquoted identifier. Multi-character operators
/// (<c>&lt;&gt;</c>, <c>!=</c>, <c>+=</c>) are one token, where ScriptDom leaves joining them to its parser.
/// Where ScriptDom reports an error we still produce tokens: <c>12abc</c> is a number then an identifier,
/// <c>1.5.3</c> is <c>1.5</c> then <c>.3</c>, a lone currency symbol is a <see cref="TSqlTokenKind.Money"/>
/// (SQL Server reads <c>SELECT $</c> as 0.00), and <c>$(</c> that opens no sqlcmd variable is an invalid <c>$</c>.
/// Shaped like PgScanner but kept apart: only the loop skeleton is alike, every character class and token
/// rule differs, and a shared abstraction would cost the hottest loop of both front ends an indirection.
/// </remarks>
public ref struct TSqlScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _end;
    private int _position;

    public TSqlScanner(ReadOnlySpan<char> text)
        : this(text, new TextSpan(0, text.Length))
    {
    }

    public TSqlScanner(ReadOnlySpan<char> text, TextSpan range)
    {
        _position = ScanRange.Start(text, range);
        _text = text;
        _end = range.End;
    }

    /// <summary>Reads the next token; false once only whitespace remains.</summary>
    public bool TryNext(out TSqlToken token)
    {
        var start = SkipWhitespace(_position);
        if (start >= _end)
        {
            _position = _end;
            token = default;
            return false;
        }

        token = Scan(start);
        _position = token.End;
        return true;
    }

    private readonly int SkipWhitespace(int position)
    {
        while (position < _end && TSqlCharacters.IsWhitespace(_text[position]))
        {
            position++;
        }

        return position;
    }

    private readonly TSqlToken Scan(int start)
    {
        var c = _text[start];
        switch (c)
        {
            case '-' when At(start + 1, '-'):
                return FromBounds(TSqlTokenKind.LineComment, start, LineEnd(start + 2));
            case '/' when At(start + 1, '*'):
                return ScanBlockComment(start);
            case '\'':
                return ScanDelimited(TSqlTokenKind.String, start, start + 1, '\'');
            case 'n' or 'N' when At(start + 1, '\''):
                return ScanDelimited(TSqlTokenKind.UnicodeString, start, start + 2, '\'');
            case '"':
                return ScanDelimited(TSqlTokenKind.QuotedIdentifier, start, start + 1, '"');
            case '[':
                return ScanDelimited(TSqlTokenKind.BracketedIdentifier, start, start + 1, ']');
            case 'g' or 'G':
                return ScanBatchSeparatorOrIdentifier(start);
            case '@':
                return ScanVariable(start);
            case '$':
                return ScanDollar(start);
            case ':':
                return ScanColon(start);
            case '.':
                return ScanDot(start);
            case '0' when At(start + 1, 'x') || At(start + 1, 'X'):
                return ScanBinary(start);
            case ',':
                return Single(TSqlTokenKind.Comma, start);
            case ';':
                return Single(TSqlTokenKind.Semicolon, start);
            case '(':
                return Single(TSqlTokenKind.OpenParen, start);
            case ')':
                return Single(TSqlTokenKind.CloseParen, start);
            case '{':
                return Single(TSqlTokenKind.OpenBrace, start);
            case '}':
                return Single(TSqlTokenKind.CloseBrace, start);
            case '=' or '<' or '>' or '!' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '~':
                return new TSqlToken(TSqlTokenKind.Operator, start, OperatorLength(start));
            default:
                if (TSqlCharacters.IsDecimalDigit(c))
                {
                    return ScanNumber(start);
                }

                if (TSqlCharacters.IsCurrencySymbol(c) && TryMeasureMoneyAmount(start + 1, out var moneyEnd))
                {
                    return FromBounds(TSqlTokenKind.Money, start, moneyEnd);
                }

                return TSqlCharacters.IsIdentifierStart(c)
                    ? FromBounds(TSqlTokenKind.Identifier, start, SkipIdentifierPart(start + 1))
                    : Single(TSqlTokenKind.Invalid, start);
        }
    }

    private readonly bool At(int position, char expected) => position < _end && _text[position] == expected;

    private readonly bool AtDigit(int position) => position < _end && TSqlCharacters.IsDecimalDigit(_text[position]);

    private static TSqlToken Single(TSqlTokenKind kind, int start) => new(kind, start, 1);

    private static TSqlToken FromBounds(TSqlTokenKind kind, int start, int end, TSqlTokenFlags flags = TSqlTokenFlags.None) =>
        new(kind, start, end - start, flags);

    private readonly TSqlToken Unterminated(TSqlTokenKind kind, int start) =>
        FromBounds(kind, start, _end, TSqlTokenFlags.Unterminated);

    /// <summary>The offset of the next \n or \r at or after <paramref name="position"/>, or the end.</summary>
    private readonly int LineEnd(int position)
    {
        var found = _text[position.._end].IndexOfAny('\n', '\r');
        return found < 0 ? _end : position + found;
    }

    private readonly TSqlToken ScanBlockComment(int start)
    {
        var depth = 1;
        var position = start + 2;
        while (true)
        {
            var found = _text[position.._end].IndexOfAny('*', '/');
            if (found < 0)
            {
                return Unterminated(TSqlTokenKind.BlockComment, start);
            }

            position += found;
            if (_text[position] == '/' && At(position + 1, '*'))
            {
                depth++;
                position += 2;
            }
            else if (_text[position] == '*' && At(position + 1, '/'))
            {
                position += 2;
                if (--depth == 0)
                {
                    return FromBounds(TSqlTokenKind.BlockComment, start, position);
                }
            }
            else
            {
                position++;
            }
        }
    }

    /// <summary><c>'…'</c>, <c>N'…'</c>, <c>"…"</c>, <c>[…]</c>: a doubled closing character stands for itself; line breaks are allowed.</summary>
    private readonly TSqlToken ScanDelimited(TSqlTokenKind kind, int start, int bodyStart, char close)
    {
        var position = bodyStart;
        while (true)
        {
            var found = _text[position.._end].IndexOf(close);
            if (found < 0)
            {
                return Unterminated(kind, start);
            }

            position += found + 1;
            if (!At(position, close))
            {
                return FromBounds(kind, start, position);
            }

            position++;
        }
    }

    /// <summary>
    /// <c>GO</c> is a separator only as the first thing on its line with nothing but a count or a
    /// <c>--</c> comment after it (see <see cref="BatchSeparatorLine"/>); anywhere else it is a word.
    /// </summary>
    private readonly TSqlToken ScanBatchSeparatorOrIdentifier(int start)
    {
        var separatorLength = IsFirstOnLine(start) ? BatchSeparatorLine.Measure(_text[start.._end]) : -1;
        return separatorLength > 0
            ? new TSqlToken(TSqlTokenKind.BatchSeparator, start, separatorLength)
            : FromBounds(TSqlTokenKind.Identifier, start, SkipIdentifierPart(start + 1));
    }

    /// <summary><c>@name</c>, or <c>@@name</c> for the global (system) variables.</summary>
    private readonly TSqlToken ScanVariable(int start)
    {
        var kind = At(start + 1, '@') ? TSqlTokenKind.GlobalVariable : TSqlTokenKind.Variable;
        return FromBounds(kind, start, SkipIdentifierPart(start + 1));
    }

    /// <summary><c>$(sqlcmd_variable)</c>, a <c>$action</c>-style pseudo-column, or money.</summary>
    private readonly TSqlToken ScanDollar(int start)
    {
        var next = start + 1;
        if (At(next, '('))
        {
            var variableEnd = SqlCmdVariableEnd(start);
            return variableEnd > 0
                ? FromBounds(TSqlTokenKind.SqlCmdVariable, start, variableEnd)
                : Single(TSqlTokenKind.Invalid, start);
        }

        if (next < _end && (TSqlCharacters.IsIdentifierStart(_text[next]) || _text[next] == '@'))
        {
            return FromBounds(TSqlTokenKind.Identifier, start, SkipIdentifierPart(next + 1));
        }

        return FromBounds(TSqlTokenKind.Money, start, TryMeasureMoneyAmount(next, out var end) ? end : next);
    }

    /// <summary>
    /// The end of a sqlcmd variable reference <c>$(name)</c> at <paramref name="dollar"/>, or -1. sqlcmd
    /// substitutes it textually, even inside a word (<c>db_$(Env)</c>); names start with a letter or
    /// <c>_</c> and go on with letters, digits, <c>_</c> or <c>-</c>, so <c>fn$(@x int)</c> stays T-SQL.
    /// </summary>
    private readonly int SqlCmdVariableEnd(int dollar)
    {
        var position = dollar + 2;
        if (!At(dollar + 1, '(') || position >= _end || !IsSqlCmdVariableStart(_text[position]))
        {
            return -1;
        }

        do
        {
            position++;
        }
        while (position < _end && IsSqlCmdVariablePart(_text[position]));

        return At(position, ')') ? position + 1 : -1;
    }

    private static bool IsSqlCmdVariableStart(char c) => TSqlCharacters.IsAsciiLetter(c) || c == '_';

    private static bool IsSqlCmdVariablePart(char c) => IsSqlCmdVariableStart(c) || TSqlCharacters.IsDecimalDigit(c) || c == '-';

    /// <summary>
    /// The amount after a currency symbol, as ScriptDom reads it: optional spaces, an optional sign,
    /// then digits with an optional fraction and exponent (<c>$ -12.5</c> is one money literal).
    /// </summary>
    private readonly bool TryMeasureMoneyAmount(int position, out int end)
    {
        var digits = position;
        while (At(digits, ' '))
        {
            digits++;
        }

        if (At(digits, '+') || At(digits, '-'))
        {
            digits++;
        }

        if (AtDigit(digits))
        {
            end = SkipNumberTail(SkipDecimalDigits(digits), out _);
            return true;
        }

        if (At(digits, '.') && AtDigit(digits + 1))
        {
            end = SkipExponent(SkipDecimalDigits(digits + 1), out _);
            return true;
        }

        end = position;
        return false;
    }

    /// <summary><c>::</c>, a sqlcmd command line (<c>:setvar …</c>) when the colon starts its line, or <c>:</c>.</summary>
    private readonly TSqlToken ScanColon(int start)
    {
        if (At(start + 1, ':'))
        {
            return new TSqlToken(TSqlTokenKind.DoubleColon, start, 2);
        }

        return IsFirstOnLine(start) && SqlCmdCommandLine.StartsCommand(_text[(start + 1).._end])
            ? FromBounds(TSqlTokenKind.SqlCmdCommand, start, TrimTrailingWhitespace(start + 1, LineEnd(start + 1)))
            : Single(TSqlTokenKind.Colon, start);
    }

    private readonly int TrimTrailingWhitespace(int start, int end)
    {
        while (end > start && TSqlCharacters.IsWhitespace(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private readonly TSqlToken ScanDot(int start)
    {
        if (!AtDigit(start + 1))
        {
            return Single(TSqlTokenKind.Dot, start);
        }

        var end = SkipExponent(SkipDecimalDigits(start + 1), out var hasExponent);
        return FromBounds(hasExponent ? TSqlTokenKind.Float : TSqlTokenKind.Decimal, start, end);
    }

    private readonly TSqlToken ScanNumber(int start)
    {
        var end = SkipNumberTail(SkipDecimalDigits(start), out var kind);
        return FromBounds(kind, start, end);
    }

    /// <summary>After the integer digits: an optional <c>.</c> with optional digits, then an optional exponent.</summary>
    private readonly int SkipNumberTail(int position, out TSqlTokenKind kind)
    {
        kind = TSqlTokenKind.Integer;
        if (At(position, '.'))
        {
            kind = TSqlTokenKind.Decimal;
            position = SkipDecimalDigits(position + 1);
        }

        position = SkipExponent(position, out var hasExponent);
        if (hasExponent)
        {
            kind = TSqlTokenKind.Float;
        }

        return position;
    }

    /// <summary>ScriptDom's exponent: <c>e</c>, an optional sign, then any number of digits (so <c>1e</c> is a float).</summary>
    private readonly int SkipExponent(int position, out bool hasExponent)
    {
        hasExponent = position < _end && (_text[position] | 0x20) == 'e';
        if (!hasExponent)
        {
            return position;
        }

        position++;
        if (At(position, '+') || At(position, '-'))
        {
            position++;
        }

        return SkipDecimalDigits(position);
    }

    private readonly int SkipDecimalDigits(int position)
    {
        while (AtDigit(position))
        {
            position++;
        }

        return position;
    }

    /// <summary><c>0x</c> and hex digits; a backslash before a line break continues the constant on the next line.</summary>
    private readonly TSqlToken ScanBinary(int start)
    {
        var position = start + 2;
        while (position < _end)
        {
            if (TSqlCharacters.IsHexDigit(_text[position]))
            {
                position++;
            }
            else if (_text[position] == '\\' && position + 1 < _end && TSqlCharacters.IsNewline(_text[position + 1]))
            {
                position += At(position + 1, '\r') && At(position + 2, '\n') ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        return FromBounds(TSqlTokenKind.Binary, start, position);
    }

    /// <summary>Identifier characters up to, not into, a sqlcmd variable reference.</summary>
    private readonly int SkipIdentifierPart(int position)
    {
        while (position < _end
            && TSqlCharacters.IsIdentifierPart(_text[position])
            && (_text[position] != '$' || SqlCmdVariableEnd(position) < 0))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// The longest T-SQL operator at <paramref name="start"/>: comparisons (<c>&lt;&gt; != !&lt; !&gt; &lt;= &gt;=</c>),
    /// compound assignments (<c>+= -= *= /= %= &amp;= |= ^= ||=</c>), shifts (<c>&lt;&lt; &gt;&gt;</c>),
    /// concatenation (<c>||</c>) and the legacy outer joins <c>*=</c> and <c>=*</c>.
    /// </summary>
    private readonly int OperatorLength(int start)
    {
        var next = start + 1;
        return _text[start] switch
        {
            '=' => At(next, '*') ? 2 : 1,
            '<' => At(next, '=') || At(next, '>') || At(next, '<') ? 2 : 1,
            '>' => At(next, '=') || At(next, '>') ? 2 : 1,
            '!' => At(next, '=') || At(next, '<') || At(next, '>') ? 2 : 1,
            '|' when At(next, '|') => At(next + 1, '=') ? 3 : 2,
            '~' => 1,
            _ => At(next, '=') ? 2 : 1,
        };
    }

    /// <summary>SSMS and sqlcmd look for <c>GO</c> and <c>:commands</c> only after blanks at the start of a line.</summary>
    private readonly bool IsFirstOnLine(int position)
    {
        while (position > 0 && TSqlCharacters.IsLineBlank(_text[position - 1]))
        {
            position--;
        }

        return position == 0
            || TSqlCharacters.IsNewline(_text[position - 1])
            || (position == 1 && _text[0] == ScanRange.ByteOrderMark);
    }
}
