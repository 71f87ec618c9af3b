using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Queries and data changes: SELECT, INSERT, UPDATE, DELETE, MERGE, TRUNCATE and their WITH forms.</summary>
internal static class PgDataParser
{
    private static readonly string[] MainStatementWords = ["SELECT", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE"];

    public static SelectStatement Select(PgStatementHead head) =>
        new() { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan };

    /// <summary><c>WITH [RECURSIVE] name AS (…), … main-statement</c>: parses the main statement.</summary>
    public static SqlStatement ParseWith(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.TryWord("WITH");
        cursor.TryWord("RECURSIVE");
        while (!cursor.AtEnd)
        {
            if (cursor.IsAnyWord(MainStatementWords) && !IsCommonTableExpressionName(cursor))
            {
                return cursor.IsWord("INSERT") ? ParseInsert(cursor, head)
                    : cursor.IsWord("UPDATE") ? ParseUpdate(cursor, head)
                    : cursor.IsWord("DELETE") ? ParseDelete(cursor, head)
                    : cursor.IsWord("MERGE") ? ParseMerge(cursor, head)
                    : Select(head);
            }

            cursor.SkipElement();
        }

        return head.Other();
    }

    public static SqlStatement ParseInsert(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        cursor.TryWord("INTO");
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Incomplete(cursor, StatementKind.Insert, "a table name");
        }

        return new InsertStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Target = target };
    }

    public static SqlStatement ParseMerge(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        cursor.TryWord("INTO");
        cursor.TryWord("ONLY");
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Incomplete(cursor, StatementKind.Merge, "a table name");
        }

        return new MergeStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Target = target };
    }

    public static SqlStatement ParseUpdate(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        cursor.TryWord("ONLY");
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Incomplete(cursor, StatementKind.Update, "a table name");
        }

        return new UpdateStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Target = target,
            WhereSpan = ReadWhere(cursor, "UPDATE"),
        };
    }

    public static SqlStatement ParseDelete(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        if (!cursor.TryWord("FROM"))
        {
            return head.Incomplete(cursor, StatementKind.Delete, "FROM");
        }

        cursor.TryWord("ONLY");
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Incomplete(cursor, StatementKind.Delete, "a table name");
        }

        return new DeleteStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Target = target,
            WhereSpan = ReadWhere(cursor, "DELETE"),
        };
    }

    /// <summary><c>TRUNCATE [TABLE] [ONLY] name [*], … [RESTART|CONTINUE IDENTITY] [CASCADE|RESTRICT]</c>.</summary>
    public static SqlStatement ParseTruncate(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        cursor.TryWord("TABLE");
        var tables = new List<QualifiedName>(1);
        do
        {
            cursor.TryWord("ONLY");
            if (!PgNames.TryReadQualifiedName(cursor, out var table))
            {
                break;
            }

            tables.Add(table);
            SkipInheritanceStar(cursor);
        }
        while (cursor.TryKind(PgTokenKind.Comma));

        if (tables.Count == 0)
        {
            return head.Incomplete(cursor, StatementKind.Truncate, "a table name");
        }

        var restartIdentity = false;
        var cascade = false;
        while (!cursor.AtEnd)
        {
            if (cursor.TryWords("RESTART", "IDENTITY"))
            {
                restartIdentity = true;
            }
            else if (cursor.TryWord("CASCADE"))
            {
                cascade = true;
            }
            else
            {
                cursor.Advance();
            }
        }

        return new TruncateStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Tables = tables,
            IsCascade = cascade,
            RestartIdentity = restartIdentity,
        };
    }

    /// <summary>The <c>*</c> of <c>name *</c>, which asks for descendant tables explicitly.</summary>
    public static void SkipInheritanceStar(PgTokenCursor cursor)
    {
        cursor.TryOperator("*");
    }

    private static bool TryReadTarget(PgTokenCursor cursor, out QualifiedName target)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out target))
        {
            return false;
        }

        SkipInheritanceStar(cursor);
        return true;
    }

    /// <summary>
    /// Finds the top-level <c>WHERE</c> condition of an UPDATE or DELETE and reports a top-level
    /// <c>LIMIT</c>, which PostgreSQL does not accept there.
    /// </summary>
    private static TextSpan? ReadWhere(PgTokenCursor cursor, string verb)
    {
        int where = -1, limit = -1, returning = -1;
        while (!cursor.AtEnd)
        {
            if (where < 0 && cursor.IsWord("WHERE"))
            {
                where = cursor.Position;
            }
            else if (limit < 0 && cursor.IsWord("LIMIT"))
            {
                limit = cursor.Position;
            }
            else if (returning < 0 && cursor.IsWord("RETURNING"))
            {
                returning = cursor.Position;
            }

            cursor.SkipElement();
        }

        var end = cursor.Position;
        if (limit >= 0)
        {
            var limitEnd = returning > limit ? returning : end;
            cursor.Report(cursor.SpanOf(limit, limitEnd), $"PostgreSQL does not support LIMIT in {verb}; restrict the rows in WHERE (e.g. with a subquery).");
        }

        if (where < 0)
        {
            return null;
        }

        var whereEnd = end;
        if (returning > where)
        {
            whereEnd = returning;
        }

        if (limit > where && limit < whereEnd)
        {
            whereEnd = limit;
        }

        return cursor.SpanOf(where + 1, whereEnd);
    }

    /// <summary>True for a CTE named like a keyword: <c>update AS (…)</c> or <c>update (a, b) AS (…)</c>.</summary>
    private static bool IsCommonTableExpressionName(PgTokenCursor cursor)
    {
        if (cursor.IsWord("AS", 1))
        {
            return true;
        }

        if (!cursor.IsKind(PgTokenKind.OpenParen, 1))
        {
            return false;
        }

        var position = cursor.Position;
        cursor.Advance();
        cursor.SkipElement();
        var isName = cursor.IsWord("AS");
        cursor.Position = position;
        return isName;
    }
}
