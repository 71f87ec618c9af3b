namespace Migrations.Lint.Migrations;

/// <summary>Whitespace and comments: what a script may contain and still do nothing.</summary>
internal static class SqlTrivia
{
    /// <summary>
    /// True when <paramref name="sql"/> holds only whitespace, <c>--</c> line comments and <c>/* */</c>
    /// block comments. Block comments nest, as in both PostgreSQL and SQL Server; an unclosed one runs to the end.
    /// </summary>
    public static bool IsTriviaOnly(ReadOnlySpan<char> sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
            }
            else if (c == '-' && Next(sql, i) == '-')
            {
                var lineEnd = sql[i..].IndexOfAny('\r', '\n');
                i = lineEnd < 0 ? sql.Length : i + lineEnd;
            }
            else if (c == '/' && Next(sql, i) == '*')
            {
                i = SkipBlockComment(sql, i);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipBlockComment(ReadOnlySpan<char> sql, int start)
    {
        var depth = 0;
        var i = start;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && Next(sql, i) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && Next(sql, i) == '/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static char Next(ReadOnlySpan<char> sql, int index) => index + 1 < sql.Length ? sql[index + 1] : '\0';
}
