using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads expressions as token runs and classifies their volatility from the functions they call.</summary>
internal static class PgExpressions
{
    private static readonly string[] VolatileFunctions =
    [
        "random", "random_normal", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
        "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "setseed",
        "setval", "currval", "lastval", "gen_random_bytes", "txid_current", "pg_current_xact_id",
    ];

    private static readonly string[] StableFunctions =
    [
        "now", "transaction_timestamp", "statement_timestamp", "current_timestamp", "current_time",
        "localtime", "localtimestamp", "current_setting", "to_char", "to_timestamp", "current_schemas",
    ];

    /// <summary>SQL-function keywords written without parentheses that read the session or the clock.</summary>
    private static readonly string[] StableKeywords =
    [
        "current_timestamp", "current_date", "current_time", "localtime", "localtimestamp",
        "current_user", "current_role", "session_user", "user", "system_user", "current_schema",
        "current_catalog",
    ];

    /// <summary>Built-ins that are immutable: they add nothing to the volatility of their arguments.</summary>
    private static readonly string[] ImmutableFunctions =
    [
        "coalesce", "nullif", "greatest", "least", "exists", "extract", "overlay", "position",
        "substring", "trim", "btrim", "ltrim", "rtrim", "lower", "upper", "abs", "round", "floor", "ceil",
        "ceiling", "length", "char_length", "octet_length", "replace", "md5", "make_interval", "make_date",
        "timezone", "row", "normalize", "treat", "collation", "xmlparse",
    ];

    /// <summary>
    /// Reads an expression up to the next comma or unmatched closing parenthesis at depth zero, or
    /// (when not the first token) one of <paramref name="stopWords"/>; null when nothing is there.
    /// </summary>
    public static SqlExpression? Read(PgTokenCursor cursor, ReadOnlySpan<string> stopWords = default)
    {
        var start = cursor.Position;
        while (!cursor.AtEnd
            && !cursor.IsKind(PgTokenKind.Comma)
            && !cursor.IsKind(PgTokenKind.CloseParen)
            && !cursor.IsKind(PgTokenKind.CloseBracket)
            && (cursor.Position == start || !IsStop(cursor, stopWords)))
        {
            cursor.SkipElement();
        }

        return cursor.Position > start ? Create(cursor, start, cursor.Position) : null;
    }

    /// <summary>The expression made of tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static SqlExpression Create(PgTokenCursor cursor, int start, int end)
    {
        var span = cursor.SpanOf(start, end);
        return new SqlExpression(span, cursor.TextOf(span), Classify(cursor, start, end));
    }

    private static bool IsStop(PgTokenCursor cursor, ReadOnlySpan<string> stopWords)
    {
        if (!cursor.IsAnyWord(stopWords))
        {
            return false;
        }

        // NULL and NOT continue an expression after an operator (DEFAULT 'a' || NULL).
        var previous = cursor.TokenAt(cursor.Position - 1);
        return previous.Kind != PgTokenKind.Operator || !(cursor.IsWord("NULL") || cursor.IsWord("NOT"));
    }

    private static Volatility Classify(PgTokenCursor cursor, int start, int end)
    {
        var hasStable = false;
        var hasUnknown = false;
        for (var i = start; i < end; i++)
        {
            var token = cursor.TokenAt(i);

            // In a default, check or USING expression AS only appears in CAST(x AS type): a type follows either way.
            if (token.Kind == PgTokenKind.Typecast || cursor.IsWordToken(token, "AS"))
            {
                i = SkipTypeName(cursor, i + 1, end) - 1;
                continue;
            }

            if (token.Kind is not (PgTokenKind.Identifier or PgTokenKind.QuotedIdentifier))
            {
                hasUnknown |= token.Kind is PgTokenKind.Parameter or PgTokenKind.PsqlVariable;
                continue;
            }

            var nameEnd = i;
            while (nameEnd + 2 < end && cursor.TokenAt(nameEnd + 1).Kind == PgTokenKind.Dot
                && cursor.TokenAt(nameEnd + 2).Kind is PgTokenKind.Identifier or PgTokenKind.QuotedIdentifier)
            {
                nameEnd += 2;
            }

            var name = cursor.TokenAt(nameEnd);
            var isCall = nameEnd + 1 < end && cursor.TokenAt(nameEnd + 1).Kind == PgTokenKind.OpenParen
                && (name.Kind == PgTokenKind.QuotedIdentifier || !PgReservedWords.Contains(cursor.TextOf(name)) || IsAny(cursor, name, StableKeywords));
            i = nameEnd;
            if (isCall)
            {
                if (IsAny(cursor, name, VolatileFunctions))
                {
                    return Volatility.Volatile;
                }

                var isStable = IsAny(cursor, name, StableFunctions) || IsAny(cursor, name, StableKeywords);
                hasStable |= isStable;
                hasUnknown |= !isStable && !IsAny(cursor, name, ImmutableFunctions);
            }
            else
            {
                hasStable |= IsAny(cursor, name, StableKeywords);
            }
        }

        return hasUnknown ? Volatility.Unknown : hasStable ? Volatility.Stable : Volatility.Constant;
    }

    /// <summary>
    /// Skips a type name after <c>::</c> or <c>CAST(… AS</c>: non-reserved words (and <c>WITH TIME ZONE</c>),
    /// dots, a modifier list and array brackets.
    /// </summary>
    private static int SkipTypeName(PgTokenCursor cursor, int index, int end)
    {
        while (index < end)
        {
            var token = cursor.TokenAt(index);
            var kind = token.Kind;
            if (kind is PgTokenKind.QuotedIdentifier or PgTokenKind.Dot or PgTokenKind.OpenBracket
                or PgTokenKind.CloseBracket or PgTokenKind.Integer
                || (kind == PgTokenKind.Identifier && (!PgReservedWords.Contains(cursor.TextOf(token))
                    || (cursor.IsWordToken(token, "WITH") && index + 1 < end && cursor.IsWordToken(cursor.TokenAt(index + 1), "TIME")))))
            {
                index++;
            }
            else if (kind == PgTokenKind.OpenParen && cursor.TokenAt(index - 1).Kind is PgTokenKind.Identifier or PgTokenKind.QuotedIdentifier)
            {
                var depth = 0;
                do
                {
                    var current = cursor.TokenAt(index).Kind;
                    depth += current == PgTokenKind.OpenParen ? 1 : current == PgTokenKind.CloseParen ? -1 : 0;
                    index++;
                }
                while (index < end && depth > 0);
            }
            else
            {
                break;
            }
        }

        return index;
    }

    private static bool IsAny(PgTokenCursor cursor, PgToken name, string[] candidates)
    {
        var text = cursor.TextOf(name);
        if (name.Kind == PgTokenKind.QuotedIdentifier)
        {
            // "now"() is now(); "NOW"() is a different, unknown function.
            text = text.Trim('"');
            foreach (var candidate in candidates)
            {
                if (text.SequenceEqual(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var candidate in candidates)
        {
            if (text.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
