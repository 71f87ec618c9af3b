using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>CREATE INDEX and REINDEX.</summary>
internal static class PgIndexParser
{
    /// <summary>
    /// After <c>CREATE [UNIQUE] INDEX</c>: <c>[CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
    /// [USING method] (elements) [INCLUDE (…)] [NULLS [NOT] DISTINCT] [WITH (…)] [TABLESPACE t] [WHERE predicate]</c>.
    /// </summary>
    public static SqlStatement ParseCreateIndex(PgTokenCursor cursor, PgStatementHead head, bool isUnique)
    {
        TextSpan? concurrentlySpan = null;
        if (cursor.IsWord("CONCURRENTLY"))
        {
            concurrentlySpan = cursor.Current.Span;
            cursor.Advance();
        }

        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        SqlIdentifier? name = null;
        if (!cursor.IsWord("ON"))
        {
            PgNames.TryReadIdentifier(cursor, out name);
        }

        if (!cursor.TryWord("ON"))
        {
            // Only ON may follow the index name: anything else is certainly malformed.
            cursor.ReportExpected("ON and a table name");
            return head.Unparsed(StatementKind.CreateIndex);
        }

        var isOnly = cursor.TryWord("ONLY");
        if (!PgNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Incomplete(cursor, StatementKind.CreateIndex, "a table name");
        }

        string? method = null;
        if (cursor.TryWord("USING") && !cursor.AtEnd)
        {
            method = PgNames.Normalize(cursor, cursor.Current);
            cursor.Advance();
        }

        if (!cursor.IsKind(PgTokenKind.OpenParen))
        {
            return head.Incomplete(cursor, StatementKind.CreateIndex, "a parenthesized column list");
        }

        var columnsStart = cursor.Position;
        var columns = ReadKeyColumns(cursor);
        var columnsSpan = cursor.SpanFrom(columnsStart);
        IReadOnlyList<SqlIdentifier> include = [];
        TextSpan? whereSpan = null;
        while (!cursor.AtEnd)
        {
            if (cursor.TryWord("INCLUDE"))
            {
                include = PgNames.ReadParenthesizedList(cursor);
            }
            else if (cursor.TryWord("WHERE"))
            {
                var whereStart = cursor.Position;
                cursor.Position = cursor.End;
                whereSpan = cursor.SpanFrom(whereStart);
            }
            else
            {
                cursor.SkipElement();
            }
        }

        return new CreateIndexStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            IsUnique = isUnique,
            IsConcurrently = concurrentlySpan is not null,
            ConcurrentlySpan = concurrentlySpan,
            IfNotExists = ifNotExists,
            Name = name,
            Table = table,
            IsOnly = isOnly,
            Method = method,
            ColumnsSpan = columnsSpan,
            Columns = columns,
            Include = include,
            WhereSpan = whereSpan,
        };
    }

    /// <summary>
    /// <c>REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] [name]</c>; CONCURRENTLY
    /// may also be an option (PostgreSQL 14+).
    /// </summary>
    public static SqlStatement ParseReindex(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        TextSpan? concurrentlySpan = null;
        if (cursor.IsKind(PgTokenKind.OpenParen))
        {
            var optionsStart = cursor.Position;
            var enabled = PgOptionList.IsEnabled(cursor, "CONCURRENTLY");
            cursor.SkipElement();
            concurrentlySpan = enabled ? cursor.SpanFrom(optionsStart) : null;
        }

        ReindexTarget target;
        if (cursor.TryWord("INDEX"))
        {
            target = ReindexTarget.Index;
        }
        else if (cursor.TryWord("TABLE"))
        {
            target = ReindexTarget.Table;
        }
        else if (cursor.TryWord("SCHEMA"))
        {
            target = ReindexTarget.Schema;
        }
        else if (cursor.TryWord("DATABASE"))
        {
            target = ReindexTarget.Database;
        }
        else if (cursor.TryWord("SYSTEM"))
        {
            target = ReindexTarget.System;
        }
        else
        {
            return head.Incomplete(cursor, StatementKind.Reindex, "INDEX, TABLE, SCHEMA, DATABASE or SYSTEM");
        }

        if (cursor.IsWord("CONCURRENTLY"))
        {
            concurrentlySpan = cursor.Current.Span;
            cursor.Advance();
        }

        if (!PgNames.TryReadQualifiedName(cursor, out var name) && target is ReindexTarget.Index or ReindexTarget.Table or ReindexTarget.Schema)
        {
            return head.Incomplete(cursor, StatementKind.Reindex, "a name");
        }

        return new ReindexStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Target = target,
            Name = name,
            IsConcurrently = concurrentlySpan is not null,
            ConcurrentlySpan = concurrentlySpan,
        };
    }

    /// <summary>Reads the key elements; those that are plain column names are returned.</summary>
    private static List<SqlIdentifier> ReadKeyColumns(PgTokenCursor cursor)
    {
        var columns = new List<SqlIdentifier>();
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return columns;
        }

        while (list.MoveNext(cursor))
        {
            if (!cursor.IsKind(PgTokenKind.OpenParen, 1) && PgNames.TryReadIdentifier(cursor, out var column))
            {
                columns.Add(column);
            }
        }

        return columns;
    }
}
