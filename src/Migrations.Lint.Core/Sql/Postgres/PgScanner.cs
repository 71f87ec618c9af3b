using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// Streams the tokens of PostgreSQL text the way the server's scan.l (plus psql's psqlscan.l)
/// splits it. Offsets are absolute positions in the text, even when only a range is scanned.
/// Malformed input never throws: it yields <see cref="PgTokenKind.Invalid"/> or unterminated tokens.
/// </summary>
/// <remarks>
/// Deliberate simplifications where PostgreSQL reports an error instead of a token:
/// a number followed by identifier characters ("trailing junk", e.g. <c>12abc</c>) is a number then an
/// identifier; a failed radix or exponent (<c>0x</c>, <c>1e+</c>) ends the number before the letter;
/// <c>$foo</c> without a closing <c>$</c> yields an invalid <c>$</c>. <c>1..10</c> is
/// <c>1</c>, <c>..</c>, <c>10</c>, exactly as scan.l's <c>numericfail</c> rule gives back the dots.
/// </remarks>
public ref struct PgScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _end;
    private int _position;

    // End of an operator run whose trailing + and - were given back (see ScanOperator). Each sign
    // left in it is a one-character operator; remembering that keeps "+-+-…" linear, not quadratic.
    private int _givenBackSignsEnd;

    public PgScanner(ReadOnlySpan<char> text)
        : this(text, new TextSpan(0, text.Length))
    {
    }

    public PgScanner(ReadOnlySpan<char> text, TextSpan range)
    {
        _position = ScanRange.Start(text, range);
        _text = text;
        _end = range.End;
    }

    /// <summary>Reads the next token; false once only whitespace remains.</summary>
    public bool TryNext(out PgToken token)
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
        while (position < _end && PgCharacters.IsWhitespace(_text[position]))
        {
            position++;
        }

        return position;
    }

    private PgToken Scan(int start)
    {
        var c = _text[start];
        switch (c)
        {
            case '+' or '-' when start < _givenBackSignsEnd:
                return Single(PgTokenKind.Operator, start);
            case '-' when At(start + 1, '-'):
                return ScanLineComment(start);
            case '/' when At(start + 1, '*'):
                return ScanBlockComment(start);
            case '\'':
                return ScanStandardString(start, start + 1, PgTokenKind.String);
            case '"':
                return ScanQuotedIdentifier(start, start + 1);
            case '$':
                return ScanDollar(start);
            case ':':
                return ScanColon(start);
            case '.':
                return ScanDot(start);
            case '\\':
                return IsFirstOnLine(start)
                    ? new PgToken(PgTokenKind.PsqlMetaCommand, start, LineEnd(start + 1) - start)
                    : Single(PgTokenKind.Invalid, start);
            case ',':
                return Single(PgTokenKind.Comma, start);
            case ';':
                return Single(PgTokenKind.Semicolon, start);
            case '(':
                return Single(PgTokenKind.OpenParen, start);
            case ')':
                return Single(PgTokenKind.CloseParen, start);
            case '[':
                return Single(PgTokenKind.OpenBracket, start);
            case ']':
                return Single(PgTokenKind.CloseBracket, start);
            case 'e' or 'E' when At(start + 1, '\''):
                return ScanEscapeString(start, start + 2);
            case 'n' or 'N' when At(start + 1, '\''):
                return ScanStandardString(start, start + 2, PgTokenKind.String);
            case 'b' or 'B' when At(start + 1, '\''):
                return ScanBitString(start, start + 2, PgTokenKind.BitString);
            case 'x' or 'X' when At(start + 1, '\''):
                return ScanBitString(start, start + 2, PgTokenKind.HexString);
            case 'u' or 'U' when At(start + 1, '&') && At(start + 2, '\''):
                return ScanStandardString(start, start + 3, PgTokenKind.UnicodeString);
            case 'u' or 'U' when At(start + 1, '&') && At(start + 2, '"'):
                return ScanQuotedIdentifier(start, start + 3);
            default:
                if (PgCharacters.IsDecimalDigit(c))
                {
                    return ScanNumber(start);
                }

                if (PgCharacters.IsIdentifierStart(c))
                {
                    return ScanIdentifier(start);
                }

                return PgCharacters.IsOperatorChar(c) ? ScanOperator(start) : Single(PgTokenKind.Invalid, start);
        }
    }

    private readonly bool At(int position, char expected) => position < _end && _text[position] == expected;

    private static PgToken Single(PgTokenKind kind, int start) => new(kind, start, 1);

    private static PgToken FromBounds(PgTokenKind kind, int start, int end, PgTokenFlags flags = PgTokenFlags.None) =>
        new(kind, start, end - start, flags);

    private readonly PgToken Unterminated(PgTokenKind kind, int start) =>
        FromBounds(kind, start, _end, PgTokenFlags.Unterminated);

    /// <summary>The offset of the next \n or \r at or after <paramref name="position"/>, or the end.</summary>
    private readonly int LineEnd(int position)
    {
        var found = _text[position.._end].IndexOfAny('\n', '\r');
        return found < 0 ? _end : position + found;
    }

    private readonly PgToken ScanLineComment(int start) =>
        FromBounds(PgTokenKind.LineComment, start, LineEnd(start + 2));

    private readonly PgToken ScanBlockComment(int start)
    {
        var depth = 1;
        var position = start + 2;
        while (true)
        {
            var found = _text[position.._end].IndexOfAny('*', '/');
            if (found < 0)
            {
                return Unterminated(PgTokenKind.BlockComment, start);
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
                    return FromBounds(PgTokenKind.BlockComment, start, position);
                }
            }
            else
            {
                position++;
            }
        }
    }

    /// <summary><c>'…'</c>, <c>N'…'</c>, <c>U&amp;'…'</c>: a doubled quote is a quote; backslash is literal.</summary>
    private readonly PgToken ScanStandardString(int start, int bodyStart, PgTokenKind kind)
    {
        var position = bodyStart;
        while (true)
        {
            var found = _text[position.._end].IndexOf('\'');
            if (found < 0)
            {
                return Unterminated(kind, start);
            }

            position += found + 1;
            if (At(position, '\''))
            {
                position++;
            }
            else if (!TryContinueString(ref position))
            {
                return FromBounds(kind, start, position);
            }
        }
    }

    /// <summary><c>E'…'</c>: a backslash escapes whatever follows it, a doubled quote is a quote.</summary>
    private readonly PgToken ScanEscapeString(int start, int bodyStart)
    {
        var position = bodyStart;
        while (true)
        {
            var found = _text[position.._end].IndexOfAny('\'', '\\');
            if (found < 0)
            {
                return Unterminated(PgTokenKind.EscapeString, start);
            }

            position += found;
            if (_text[position] == '\\')
            {
                position += 2;
                if (position >= _end)
                {
                    return Unterminated(PgTokenKind.EscapeString, start);
                }

                continue;
            }

            position++;
            if (At(position, '\''))
            {
                position++;
            }
            else if (!TryContinueString(ref position))
            {
                return FromBounds(PgTokenKind.EscapeString, start, position);
            }
        }
    }

    /// <summary><c>B'…'</c>, <c>X'…'</c>: scan.l has no doubled-quote rule here, so the first quote ends them.</summary>
    private readonly PgToken ScanBitString(int start, int bodyStart, PgTokenKind kind)
    {
        var position = bodyStart;
        while (true)
        {
            var found = _text[position.._end].IndexOf('\'');
            if (found < 0)
            {
                return Unterminated(kind, start);
            }

            position += found + 1;
            if (!TryContinueString(ref position))
            {
                return FromBounds(kind, start, position);
            }
        }
    }

    /// <summary>
    /// scan.l's <c>quotecontinue</c>: <c>'a'</c>, whitespace holding a line break (and maybe <c>--</c>
    /// comments), then <c>'b'</c> is one literal that keeps the first part's escape rules. On success
    /// <paramref name="position"/> moves past the opening quote of the continuation.
    /// </summary>
    private readonly bool TryContinueString(ref int position)
    {
        var probe = position;
        var sawNewline = false;
        while (probe < _end)
        {
            var c = _text[probe];
            if (PgCharacters.IsNewline(c))
            {
                sawNewline = true;
                probe++;
            }
            else if (PgCharacters.IsHorizontalWhitespace(c))
            {
                probe++;
            }
            else if (c == '-' && At(probe + 1, '-'))
            {
                probe = LineEnd(probe + 2);
            }
            else
            {
                break;
            }
        }

        if (!sawNewline || !At(probe, '\''))
        {
            return false;
        }

        position = probe + 1;
        return true;
    }

    /// <summary><c>"…"</c> and <c>U&amp;"…"</c>: a doubled double quote is a double quote.</summary>
    private readonly PgToken ScanQuotedIdentifier(int start, int bodyStart)
    {
        var position = bodyStart;
        while (true)
        {
            var found = _text[position.._end].IndexOf('"');
            if (found < 0)
            {
                return Unterminated(PgTokenKind.QuotedIdentifier, start);
            }

            position += found + 1;
            if (!At(position, '"'))
            {
                return FromBounds(PgTokenKind.QuotedIdentifier, start, position);
            }

            position++;
        }
    }

    /// <summary><c>$1</c>, <c>$$…$$</c> or <c>$tag$…$tag$</c>.</summary>
    private readonly PgToken ScanDollar(int start)
    {
        var position = start + 1;
        if (position < _end && PgCharacters.IsDecimalDigit(_text[position]))
        {
            while (position < _end && PgCharacters.IsDecimalDigit(_text[position]))
            {
                position++;
            }

            return FromBounds(PgTokenKind.Parameter, start, position);
        }

        if (position < _end && PgCharacters.IsIdentifierStart(_text[position]))
        {
            position++;
            while (position < _end && PgCharacters.IsDollarTagPart(_text[position]))
            {
                position++;
            }
        }

        if (!At(position, '$'))
        {
            // scan.l's dolqfailed: only the '$' is consumed and the grammar rejects it.
            return Single(PgTokenKind.Invalid, start);
        }

        var bodyStart = position + 1;
        var delimiter = _text[start..bodyStart];

        // Tags cannot contain '$', so the first occurrence of the delimiter is the one scan.l stops at.
        var found = _text[bodyStart.._end].IndexOf(delimiter, StringComparison.Ordinal);
        return found < 0
            ? Unterminated(PgTokenKind.DollarString, start)
            : FromBounds(PgTokenKind.DollarString, start, bodyStart + found + delimiter.Length);
    }

    /// <summary><c>::</c>, <c>:=</c>, psql's <c>:name</c>, <c>:'name'</c>, <c>:"name"</c>, <c>:{?name}</c>, or <c>:</c>.</summary>
    private readonly PgToken ScanColon(int start)
    {
        var next = start + 1;
        if (next >= _end)
        {
            return Single(PgTokenKind.Colon, start);
        }

        switch (_text[next])
        {
            case ':':
                return new PgToken(PgTokenKind.Typecast, start, 2);
            case '=':
                return new PgToken(PgTokenKind.ColonEquals, start, 2);
            case '\'' or '"':
                return PsqlVariableOrColon(start, EndOfDelimitedVariableName(next, _text[next]));
            case '{' when At(next + 1, '?'):
                return PsqlVariableOrColon(start, EndOfDelimitedVariableName(next + 1, '}'));
            default:
                var nameEnd = SkipPsqlVariableName(next);
                return PsqlVariableOrColon(start, nameEnd > next ? nameEnd : -1);
        }
    }

    private static PgToken PsqlVariableOrColon(int start, int variableEnd) =>
        variableEnd < 0 ? Single(PgTokenKind.Colon, start) : FromBounds(PgTokenKind.PsqlVariable, start, variableEnd);

    /// <summary>
    /// The end of a non-empty variable name that follows <paramref name="openAt"/> and is closed by
    /// <paramref name="close"/>, or -1: psql leaves <c>:'a b'</c> alone, so it lexes as a colon and a string.
    /// </summary>
    private readonly int EndOfDelimitedVariableName(int openAt, char close)
    {
        var nameStart = openAt + 1;
        var nameEnd = SkipPsqlVariableName(nameStart);
        return nameEnd > nameStart && At(nameEnd, close) ? nameEnd + 1 : -1;
    }

    private readonly int SkipPsqlVariableName(int position)
    {
        while (position < _end && PgCharacters.IsPsqlVariablePart(_text[position]))
        {
            position++;
        }

        return position;
    }

    private readonly PgToken ScanDot(int start)
    {
        if (At(start + 1, '.'))
        {
            return new PgToken(PgTokenKind.DotDot, start, 2);
        }

        if (start + 1 < _end && PgCharacters.IsDecimalDigit(_text[start + 1]))
        {
            var end = SkipExponent(SkipDecimalDigits(start + 1), out _);
            return FromBounds(PgTokenKind.Numeric, start, end);
        }

        return Single(PgTokenKind.Dot, start);
    }

    private readonly PgToken ScanNumber(int start)
    {
        if (_text[start] == '0' && start + 1 < _end)
        {
            var radixEnd = (_text[start + 1] | 0x20) switch
            {
                'x' => SkipRadixDigits(start + 2, 16),
                'o' => SkipRadixDigits(start + 2, 8),
                'b' => SkipRadixDigits(start + 2, 2),
                _ => -1,
            };
            if (radixEnd > start + 2)
            {
                return FromBounds(PgTokenKind.Integer, start, radixEnd);
            }
        }

        var position = SkipDecimalDigits(start);
        var kind = PgTokenKind.Integer;
        if (At(position, '.') && !At(position + 1, '.'))
        {
            kind = PgTokenKind.Numeric;
            position++;
            if (position < _end && PgCharacters.IsDecimalDigit(_text[position]))
            {
                position = SkipDecimalDigits(position);
            }
        }

        position = SkipExponent(position, out var hasExponent);
        return FromBounds(hasExponent ? PgTokenKind.Numeric : kind, start, position);
    }

    /// <summary>scan.l's <c>decinteger</c>: digits with single underscores between them. The first must be a digit.</summary>
    private readonly int SkipDecimalDigits(int position) => SkipRadixDigits(position, 10);

    /// <summary>Digits of the radix, each optionally preceded by one underscore.</summary>
    private readonly int SkipRadixDigits(int position, int radix)
    {
        while (position < _end)
        {
            var digitAt = _text[position] == '_' ? position + 1 : position;
            if (digitAt >= _end || !IsDigit(_text[digitAt], radix))
            {
                break;
            }

            position = digitAt + 1;
        }

        return position;
    }

    private static bool IsDigit(char c, int radix) => radix switch
    {
        16 => PgCharacters.IsHexDigit(c),
        8 => PgCharacters.IsOctalDigit(c),
        2 => PgCharacters.IsBinaryDigit(c),
        _ => PgCharacters.IsDecimalDigit(c),
    };

    /// <summary>An exponent counts only when digits follow <c>e</c> and its optional sign.</summary>
    private readonly int SkipExponent(int position, out bool hasExponent)
    {
        hasExponent = false;
        if (position >= _end || (_text[position] | 0x20) != 'e')
        {
            return position;
        }

        var digits = position + 1;
        if (digits < _end && _text[digits] is '+' or '-')
        {
            digits++;
        }

        if (digits >= _end || !PgCharacters.IsDecimalDigit(_text[digits]))
        {
            return position;
        }

        hasExponent = true;
        return SkipDecimalDigits(digits);
    }

    private readonly PgToken ScanIdentifier(int start)
    {
        var position = start + 1;
        while (position < _end && PgCharacters.IsIdentifierPart(_text[position]))
        {
            position++;
        }

        return FromBounds(PgTokenKind.Identifier, start, position);
    }

    /// <summary>
    /// scan.l's operator rule: the longest run of operator characters, cut before any <c>--</c> or
    /// <c>/*</c> inside it, and stripped of trailing <c>+</c>/<c>-</c> unless it is a "non-SQL"
    /// operator (see <see cref="PgCharacters.AllowsTrailingSign"/>).
    /// </summary>
    private PgToken ScanOperator(int start)
    {
        var end = start + 1;
        while (end < _end && PgCharacters.IsOperatorChar(_text[end]))
        {
            var previous = _text[end - 1];
            var current = _text[end];
            if ((previous == '-' && current == '-') || (previous == '/' && current == '*'))
            {
                end--;
                break;
            }

            end++;
        }

        if (end - start > 1 && _text[end - 1] is '+' or '-' && !ContainsSignAllowingChar(start, end - 1))
        {
            _givenBackSignsEnd = end;
            do
            {
                end--;
            }
            while (end - start > 1 && _text[end - 1] is '+' or '-');
        }

        var isNamedArgumentArrow = end - start == 2 && _text[start] == '=' && _text[start + 1] == '>';
        return FromBounds(isNamedArgumentArrow ? PgTokenKind.ColonEquals : PgTokenKind.Operator, start, end);
    }

    private readonly bool ContainsSignAllowingChar(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (PgCharacters.AllowsTrailingSign(_text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>psql treats a backslash as a meta-command when only blanks precede it on its line.</summary>
    private readonly bool IsFirstOnLine(int position)
    {
        while (position > 0 && PgCharacters.IsHorizontalWhitespace(_text[position - 1]))
        {
            position--;
        }

        return position == 0
            || PgCharacters.IsNewline(_text[position - 1])
            || (position == 1 && _text[0] == ScanRange.ByteOrderMark);
    }
}
