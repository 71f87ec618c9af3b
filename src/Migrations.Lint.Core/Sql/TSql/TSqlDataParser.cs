using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Queries and data changes: SELECT (and SELECT … INTO, which creates a table), INSERT, UPDATE, DELETE, MERGE,
/// their WITH forms, TRUNCATE TABLE and UPDATE STATISTICS.
/// </summary>
internal static class TSqlDataParser
{
    private static readonly string[] MainStatementWords = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE"];

    /// <summary><c>SELECT … INTO new_table FROM …</c> creates the table, as CREATE TABLE … AS does; any other query is a select.</summary>
    public static SqlStatement ParseSelect(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        while (!cursor.AtEnd && !cursor.IsWord("FROM") && !cursor.IsWord("INTO"))
        {
            cursor.SkipElement();
        }

        if (cursor.TryWord("INTO") && TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return new CreateTableAsStatement
            {
                Span = head.Span,
                Keywords = head.Keywords,
                KeywordsSpan = head.KeywordsSpan,
                Name = table,
                IsTemporary = table.Name.Text.StartsWith('#'),
            };
        }

        return new SelectStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan };
    }

    /// <summary><c>WITH name AS (…), … main-statement</c>: parses the main statement (CTE names cannot be reserved words).</summary>
    public static SqlStatement ParseWith(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        cursor.SkipToAnyWord(MainStatementWords);
        return cursor.IsWord("SELECT") ? ParseSelect(cursor, head)
            : cursor.IsWord("INSERT") ? ParseInsert(cursor, head)
            : cursor.IsWord("UPDATE") ? ParseUpdate(cursor, head)
            : cursor.IsWord("DELETE") ? ParseDelete(cursor, head)
            : cursor.IsWord("MERGE") ? ParseMerge(cursor, head)
            : head.Other();
    }

    /// <summary><c>INSERT [TOP (n) [PERCENT]] [INTO] target …</c>.</summary>
    public static SqlStatement ParseInsert(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        if (!TryReadIntoTarget(cursor, out var target))
        {
            return head.Unparsed(StatementKind.Insert);
        }

        return new InsertStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Target = target };
    }

    /// <summary><c>MERGE [TOP (n) [PERCENT]] [INTO] target [WITH (hints)] [[AS] alias] USING … ;</c>.</summary>
    public static SqlStatement ParseMerge(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        if (!TryReadIntoTarget(cursor, out var target))
        {
            return head.Unparsed(StatementKind.Merge);
        }

        return new MergeStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Target = target };
    }

    /// <summary>The <c>[TOP (n) [PERCENT]] [INTO] target</c> after INSERT and MERGE.</summary>
    private static bool TryReadIntoTarget(TSqlTokenCursor cursor, out QualifiedName target)
    {
        cursor.Advance();
        ReadTop(cursor);
        cursor.TryWord("INTO");
        return TryReadTarget(cursor, out target);
    }

    /// <summary>
    /// <c>UPDATE [TOP (n) [PERCENT]] target [WITH (hints)] SET … [OUTPUT …] [FROM …] [WHERE …] [OPTION (…)]</c>.
    /// When the target is an alias of a table in FROM, the target is that table.
    /// </summary>
    public static SqlStatement ParseUpdate(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        var top = ReadTop(cursor);
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Unparsed(StatementKind.Update);
        }

        var clauses = ReadClauses(cursor);
        if (clauses.Set < 0)
        {
            return head.Incomplete(cursor, StatementKind.Update, "SET");
        }

        return new UpdateStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Target = ResolveAlias(cursor, target, clauses),
            TopSpan = top,
            FromSpan = clauses.FromSpan(cursor),
            WhereSpan = clauses.WhereSpan(cursor),
        };
    }

    /// <summary><c>DELETE [TOP (n) [PERCENT]] [FROM] target [WITH (hints)] [OUTPUT …] [FROM …] [WHERE …] [OPTION (…)]</c>.</summary>
    public static SqlStatement ParseDelete(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        var top = ReadTop(cursor);
        cursor.TryWord("FROM");
        if (!TryReadTarget(cursor, out var target))
        {
            return head.Unparsed(StatementKind.Delete);
        }

        var clauses = ReadClauses(cursor);
        return new DeleteStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Target = ResolveAlias(cursor, target, clauses),
            TopSpan = top,
            FromSpan = clauses.FromSpan(cursor),
            WhereSpan = clauses.WhereSpan(cursor),
        };
    }

    /// <summary><c>TRUNCATE TABLE name [WITH (PARTITIONS (…))]</c>.</summary>
    public static SqlStatement ParseTruncate(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        if (!cursor.TryWord("TABLE"))
        {
            return head.Missing(cursor, StatementKind.Truncate, "TABLE");
        }

        if (!TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Incomplete(cursor, StatementKind.Truncate, "a table name");
        }

        return new TruncateStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Tables = [table] };
    }

    /// <summary><c>UPDATE STATISTICS table [stats] [WITH …]</c> samples the table as PostgreSQL's ANALYZE does.</summary>
    public static SqlStatement ParseUpdateStatistics(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Position += 2;
        if (!TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Incomplete(cursor, StatementKind.Analyze, "a table name");
        }

        return new AnalyzeStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Tables = [table] };
    }

    /// <summary>Reads <c>TOP (n) [PERCENT]</c> (or the legacy <c>TOP n</c>) and returns its span.</summary>
    private static TextSpan? ReadTop(TSqlTokenCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.TryWord("TOP"))
        {
            return null;
        }

        cursor.SkipElement();
        cursor.TryWord("PERCENT");
        return cursor.SpanFrom(start);
    }

    private static bool TryReadTarget(TSqlTokenCursor cursor, out QualifiedName target)
    {
        if (TSqlNames.TryReadQualifiedName(cursor, out target))
        {
            return true;
        }

        cursor.ReportIfEnded("a table name");

        return false;
    }

    /// <summary>Finds the depth-zero SET, FROM, WHERE and OPTION clauses after the target.</summary>
    private static Clauses ReadClauses(TSqlTokenCursor cursor)
    {
        var clauses = new Clauses(-1, -1, -1, cursor.End);
        while (!cursor.AtEnd)
        {
            if (clauses.Set < 0 && cursor.IsWord("SET"))
            {
                clauses = clauses with { Set = cursor.Position };
            }
            else if (clauses.From < 0 && cursor.IsWord("FROM"))
            {
                clauses = clauses with { From = cursor.Position };
            }
            else if (clauses.Where < 0 && cursor.IsWord("WHERE"))
            {
                clauses = clauses with { Where = cursor.Position };
            }
            else if (cursor.IsWord("OPTION"))
            {
                clauses = clauses with { End = cursor.Position };
            }

            cursor.SkipElement();
        }

        return clauses;
    }

    /// <summary>
    /// <c>UPDATE u SET … FROM dbo.Users AS u JOIN …</c> updates dbo.Users: a one-part target that is an alias
    /// of a table in FROM stands for that table.
    /// </summary>
    private static QualifiedName ResolveAlias(TSqlTokenCursor cursor, QualifiedName target, Clauses clauses)
    {
        if (target.Parts.Count != 1 || clauses.From < 0)
        {
            return target;
        }

        var fromEnd = clauses.Where > clauses.From ? clauses.Where : clauses.End;
        var position = cursor.Position;
        var end = cursor.Limit(fromEnd);
        cursor.Position = clauses.From + 1;
        var resolved = target;
        while (!cursor.AtEnd)
        {
            if (TSqlNames.TryReadQualifiedName(cursor, out var table))
            {
                cursor.TryWord("AS");
                if (TSqlNames.TryReadIdentifier(cursor, out var alias) && alias.Matches(target.Name))
                {
                    resolved = table;
                    break;
                }
            }
            else
            {
                cursor.SkipElement();
            }
        }

        cursor.Restore(end, position);
        return resolved;
    }

    /// <summary>Token indices of the clauses (-1 when absent) and where the clauses end (before OPTION).</summary>
    private readonly record struct Clauses(int Set, int From, int Where, int End)
    {
        public TextSpan? WhereSpan(TSqlTokenCursor cursor) => Where < 0 ? null : cursor.SpanOf(Where + 1, End);

        public TextSpan? FromSpan(TSqlTokenCursor cursor) =>
            From < 0 ? null : cursor.SpanOf(From, Where > From ? Where : End);
    }
}
