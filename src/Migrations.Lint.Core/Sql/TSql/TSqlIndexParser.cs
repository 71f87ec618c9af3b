using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>CREATE INDEX and ALTER INDEX.</summary>
internal static class TSqlIndexParser
{
    private static readonly string[] IndexClauseWords = ["INCLUDE", "WHERE", "WITH", "ON", "FILESTREAM_ON"];

    private static readonly string[] PredicateStopWords = ["WITH", "ON", "FILESTREAM_ON"];

    /// <summary>
    /// After <c>CREATE</c>: <c>[UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE|[PRIMARY] XML|SPATIAL] INDEX name ON table
    /// [(columns)] [INCLUDE (…)] [WHERE predicate] [WITH (options)] [ON filegroup] [FILESTREAM_ON …]</c>.
    /// </summary>
    public static SqlStatement ParseCreateIndex(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        var isUnique = cursor.TryWord("UNIQUE");
        var isClustered = TSqlConstraints.SkipIndexType(cursor);
        var method = ReadMethod(cursor);
        cursor.TryWord("INDEX");
        if (!TSqlNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Missing(cursor, StatementKind.CreateIndex, "an index name");
        }

        if (!cursor.TryWord("ON"))
        {
            return head.Missing(cursor, StatementKind.CreateIndex, "ON and a table name");
        }

        if (!TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Missing(cursor, StatementKind.CreateIndex, "a table name");
        }

        TextSpan? columnsSpan = null;
        IReadOnlyList<SqlIdentifier> columns = [];
        if (cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            var columnsStart = cursor.Position;
            columns = TSqlNames.ReadParenthesizedList(cursor);
            columnsSpan = cursor.SpanFrom(columnsStart);
        }
        else if (method != "columnstore" && cursor.AtEnd)
        {
            // Only a clustered columnstore index covers the whole table without a column list.
            return head.Incomplete(cursor, StatementKind.CreateIndex, "a parenthesized column list");
        }

        IReadOnlyList<SqlIdentifier> include = [];
        TextSpan? whereSpan = null;
        var options = default(TSqlIndexOptions);
        while (!cursor.AtEnd)
        {
            if (cursor.TryWord("INCLUDE"))
            {
                include = TSqlNames.ReadParenthesizedList(cursor);
            }
            else if (cursor.TryWord("WHERE"))
            {
                var whereStart = cursor.Position;
                cursor.SkipToAnyWord(PredicateStopWords);
                whereSpan = cursor.SpanFrom(whereStart);
            }
            else if (cursor.IsWord("WITH"))
            {
                options = TSqlIndexOptions.Read(cursor);
            }
            else
            {
                cursor.Advance();
                cursor.SkipToAnyWord(IndexClauseWords);
            }
        }

        return new CreateIndexStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            IsUnique = isUnique,
            IsClustered = isClustered,
            Name = name,
            Table = table,
            Method = method,
            ColumnsSpan = columnsSpan,
            Columns = columns,
            Include = include,
            WhereSpan = whereSpan,
            IsOnline = options.IsOnline,
            IsResumable = options.IsResumable,
        };
    }

    /// <summary>
    /// After <c>ALTER INDEX</c>: <c>{name|ALL} ON table action</c>. <c>REBUILD</c> rebuilds the index as
    /// PostgreSQL's REINDEX does, so it is a <see cref="ReindexStatement"/>; the other actions (REORGANIZE,
    /// DISABLE, SET, RESUME, PAUSE, ABORT) alter the index.
    /// </summary>
    public static SqlStatement ParseAlterIndex(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        SqlIdentifier? index = null;
        if (!cursor.TryWord("ALL") && !TSqlNames.TryReadIdentifier(cursor, out index))
        {
            return head.Missing(cursor, StatementKind.AlterIndex, "an index name or ALL");
        }

        if (!cursor.TryWord("ON") || !TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Missing(cursor, StatementKind.AlterIndex, "ON and a table name");
        }

        if (cursor.AtEnd)
        {
            return head.Incomplete(cursor, StatementKind.AlterIndex, "REBUILD, REORGANIZE, DISABLE, SET, RESUME, PAUSE or ABORT");
        }

        var actionStart = cursor.Position;
        if (cursor.TryWord("REBUILD"))
        {
            cursor.SkipToAnyWord(["WITH"]);
            var options = TSqlIndexOptions.Read(cursor);
            return new ReindexStatement
            {
                Span = head.Span,
                Keywords = head.Keywords,
                KeywordsSpan = head.KeywordsSpan,
                Target = index is null ? ReindexTarget.Table : ReindexTarget.Index,
                Name = index is null ? table : new QualifiedName([index], index.Span),
                Table = table,
                IsOnline = options.IsOnline,
                IsResumable = options.IsResumable,
            };
        }

        var keywords = TSqlStatementKeywords.ReadRun(cursor, []);
        cursor.Position = cursor.End;
        return new AlterTableStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            ObjectKind = AlterTableObjectKind.Index,
            Table = table,
            Index = index,
            Actions = [new OtherAlterTableAction { Span = cursor.SpanFrom(actionStart), Keywords = keywords }],
        };
    }

    /// <summary>The kind of index before INDEX: <c>columnstore</c>, <c>xml</c>, <c>spatial</c>, or null for a b-tree.</summary>
    private static string? ReadMethod(TSqlTokenCursor cursor)
    {
        if (cursor.TryWord("COLUMNSTORE"))
        {
            return "columnstore";
        }

        if (cursor.TryWord("SPATIAL"))
        {
            return "spatial";
        }

        return cursor.TryWords("PRIMARY", "XML") || cursor.TryWords("SELECTIVE", "XML") || cursor.TryWord("XML") ? "xml" : null;
    }
}
