using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Reads expressions as token runs and classifies their volatility from the functions they call.</summary>
internal static class TSqlExpressions
{
    /// <summary>Built-ins whose value changes from row to row: a default calling one is evaluated per row.</summary>
    private static readonly string[] VolatileFunctions = ["newid", "newsequentialid", "rand", "crypt_gen_random"];

    /// <summary>Built-ins SQL Server evaluates once per statement (runtime constants), or that read the session.</summary>
    private static readonly string[] StableFunctions =
    [
        "getdate", "getutcdate", "sysdatetime", "sysutcdatetime", "sysdatetimeoffset", "current_timestamp",
        "suser_sname", "suser_name", "suser_sid", "suser_id", "user_name", "user_id", "host_name", "host_id",
        "app_name", "db_name", "db_id", "original_login", "session_context", "context_info", "schema_name",
        "schema_id", "object_id", "is_member", "is_rolemember",
    ];

    /// <summary>Words that read the clock or the session without parentheses.</summary>
    private static readonly string[] StableKeywords =
    [
        "current_timestamp", "current_user", "session_user", "system_user", "user", "current_date", "current_time",
    ];

    /// <summary>Built-ins that are deterministic: they add nothing to the volatility of their arguments.</summary>
    private static readonly string[] ImmutableFunctions =
    [
        "cast", "convert", "try_cast", "try_convert", "parse", "try_parse", "isnull", "coalesce", "nullif",
        "iif", "choose", "dateadd", "datediff", "datediff_big", "datepart", "datename", "datefromparts",
        "datetimefromparts", "datetime2fromparts", "datetimeoffsetfromparts", "smalldatetimefromparts",
        "timefromparts", "eomonth", "year", "month", "day", "abs", "round", "floor", "ceiling", "power",
        "sqrt", "square", "sign", "left", "right", "substring", "len", "datalength", "upper", "lower", "ltrim",
        "rtrim", "trim", "replace", "replicate", "concat", "concat_ws", "char", "nchar", "ascii", "unicode",
        "str", "space", "stuff", "reverse", "charindex", "patindex", "quotename", "format", "json_value",
        "json_query", "isjson", "hashbytes", "checksum", "binary_checksum", "todatetimeoffset", "switchoffset",
        "compress", "decompress", "string_escape", "translate",
    ];

    /// <summary>Type names that take modifiers: <c>nvarchar(10)</c> inside CAST or CONVERT is not a call.</summary>
    private static readonly string[] ParameterizedTypes =
    [
        "varchar", "nvarchar", "char", "nchar", "varbinary", "binary", "decimal", "numeric", "datetime2",
        "datetimeoffset", "time", "float", "vector",
    ];

    /// <summary>
    /// Reads an expression up to the next comma or unmatched closing parenthesis at depth zero, or
    /// (when not the first token) one of <paramref name="stopWords"/>; null when nothing is there.
    /// </summary>
    public static SqlExpression? Read(TSqlTokenCursor cursor, ReadOnlySpan<string> stopWords = default)
    {
        var start = cursor.Position;
        while (!cursor.AtEnd
            && !cursor.IsKind(TSqlTokenKind.Comma)
            && !cursor.IsKind(TSqlTokenKind.CloseParen)
            && (cursor.Position == start || !IsStop(cursor, stopWords)))
        {
            cursor.SkipElement();
        }

        return cursor.Position > start ? Create(cursor, start, cursor.Position) : null;
    }

    /// <summary>Reads the parenthesized expression at the cursor (parentheses excluded); null when there is none.</summary>
    public static SqlExpression? ReadParenthesized(TSqlTokenCursor cursor)
    {
        if (!cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            return null;
        }

        var open = cursor.Position;
        cursor.SkipElement();
        var close = cursor.Position - 1;
        var end = close > open && cursor.TokenAt(close).Kind == TSqlTokenKind.CloseParen ? close : cursor.Position;
        return end > open + 1 ? Create(cursor, open + 1, end) : null;
    }

    /// <summary>The expression made of tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static SqlExpression Create(TSqlTokenCursor cursor, int start, int end)
    {
        var span = cursor.SpanOf(start, end);
        return new SqlExpression(span, cursor.TextOf(span), Classify(cursor, start, end));
    }

    private static bool IsStop(TSqlTokenCursor cursor, ReadOnlySpan<string> stopWords)
    {
        if (!cursor.IsAnyWord(stopWords))
        {
            return false;
        }

        // NULL and NOT continue an expression after an operator (DEFAULT 'a' + NULL) or IS (x IS NOT NULL).
        var previous = cursor.TokenAt(cursor.Position - 1);
        var continues = previous.Kind == TSqlTokenKind.Operator || cursor.IsWordToken(previous, "IS");
        return !continues || !(cursor.IsWord("NULL") || cursor.IsWord("NOT"));
    }

    private static Volatility Classify(TSqlTokenCursor cursor, int start, int end)
    {
        var hasStable = false;
        var hasUnknown = false;
        for (var i = start; i < end; i++)
        {
            var token = cursor.TokenAt(i);
            switch (token.Kind)
            {
                case TSqlTokenKind.GlobalVariable:
                    hasStable = true;
                    continue;
                case TSqlTokenKind.Variable or TSqlTokenKind.SqlCmdVariable:
                    hasUnknown = true;
                    continue;
                case TSqlTokenKind.Identifier or TSqlTokenKind.BracketedIdentifier or TSqlTokenKind.QuotedIdentifier:
                    break;
                default:
                    continue;
            }

            if (cursor.IsWordToken(token, "NEXT") && i + 2 < end
                && cursor.IsWordToken(cursor.TokenAt(i + 1), "VALUE") && cursor.IsWordToken(cursor.TokenAt(i + 2), "FOR"))
            {
                return Volatility.Volatile;
            }

            // In CAST(x AS type) a type follows AS; its modifiers are not a call.
            if (cursor.IsWordToken(token, "AS"))
            {
                i = SkipTypeName(cursor, i + 1, end) - 1;
                continue;
            }

            var nameEnd = i;
            while (nameEnd + 2 < end && cursor.TokenAt(nameEnd + 1).Kind == TSqlTokenKind.Dot
                && cursor.TokenAt(nameEnd + 2).Kind is TSqlTokenKind.Identifier or TSqlTokenKind.BracketedIdentifier or TSqlTokenKind.QuotedIdentifier)
            {
                nameEnd += 2;
            }

            var name = cursor.TokenAt(nameEnd);
            var isQualified = nameEnd > i;
            var isCall = nameEnd + 1 < end && cursor.TokenAt(nameEnd + 1).Kind == TSqlTokenKind.OpenParen;
            i = nameEnd;
            var isBuiltIn = name.Kind == TSqlTokenKind.Identifier && !isQualified;
            if (!isCall)
            {
                hasStable |= isBuiltIn && IsAny(cursor, name, StableKeywords);
            }
            else if (!isBuiltIn)
            {
                hasUnknown = true;
            }
            else if (IsAny(cursor, name, VolatileFunctions))
            {
                return Volatility.Volatile;
            }
            else if (IsAny(cursor, name, StableFunctions))
            {
                hasStable = true;
            }
            else if (!IsAny(cursor, name, ImmutableFunctions) && !IsAny(cursor, name, ParameterizedTypes))
            {
                hasUnknown = true;
            }
        }

        return hasUnknown ? Volatility.Unknown : hasStable ? Volatility.Stable : Volatility.Constant;
    }

    /// <summary>Skips a type name after <c>AS</c>: its (possibly qualified) name and a modifier list.</summary>
    private static int SkipTypeName(TSqlTokenCursor cursor, int index, int end)
    {
        while (index < end && cursor.TokenAt(index).Kind is TSqlTokenKind.Identifier or TSqlTokenKind.BracketedIdentifier
            or TSqlTokenKind.QuotedIdentifier or TSqlTokenKind.Dot)
        {
            index++;
        }

        if (index < end && cursor.TokenAt(index).Kind == TSqlTokenKind.OpenParen)
        {
            var depth = 0;
            do
            {
                var kind = cursor.TokenAt(index).Kind;
                depth += kind == TSqlTokenKind.OpenParen ? 1 : kind == TSqlTokenKind.CloseParen ? -1 : 0;
                index++;
            }
            while (index < end && depth > 0);
        }

        return index;
    }

    private static bool IsAny(TSqlTokenCursor cursor, TSqlToken name, string[] candidates)
    {
        var text = cursor.TextOf(name);
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
