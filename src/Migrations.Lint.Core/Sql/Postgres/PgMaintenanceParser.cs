using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>VACUUM, ANALYZE, CLUSTER and REFRESH MATERIALIZED VIEW.</summary>
internal static class PgMaintenanceParser
{
    private static readonly string[] LegacyVacuumFlags = ["FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE"];

    /// <summary><c>VACUUM [(options)] [FULL] [FREEZE] [VERBOSE] [ANALYZE] [table [(columns)], …]</c>.</summary>
    public static SqlStatement ParseVacuum(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        var isFull = false;
        var isAnalyze = false;
        if (cursor.IsKind(PgTokenKind.OpenParen))
        {
            isFull = PgOptionList.IsEnabled(cursor, "FULL");
            isAnalyze = PgOptionList.IsEnabled(cursor, "ANALYZE") || PgOptionList.IsEnabled(cursor, "ANALYSE");
            cursor.SkipElement();
        }
        else
        {
            while (cursor.IsAnyWord(LegacyVacuumFlags))
            {
                isFull |= cursor.IsWord("FULL");
                isAnalyze |= cursor.IsWord("ANALYZE") || cursor.IsWord("ANALYSE");
                cursor.Advance();
            }
        }

        return new VacuumStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            IsFull = isFull,
            IsAnalyze = isAnalyze,
            Tables = ReadTableList(cursor),
        };
    }

    /// <summary><c>ANALYZE [(options)] [VERBOSE] [table [(columns)], …]</c>.</summary>
    public static SqlStatement ParseAnalyze(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        if (cursor.IsKind(PgTokenKind.OpenParen))
        {
            cursor.SkipElement();
        }

        cursor.TryWord("VERBOSE");
        return new AnalyzeStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Tables = ReadTableList(cursor),
        };
    }

    /// <summary><c>CLUSTER [(options)] [VERBOSE] [table [USING index]]</c> or <c>CLUSTER [VERBOSE] index ON table</c>.</summary>
    public static SqlStatement ParseCluster(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        if (cursor.IsKind(PgTokenKind.OpenParen))
        {
            cursor.SkipElement();
        }

        cursor.TryWord("VERBOSE");
        QualifiedName? table = null;
        SqlIdentifier? index = null;
        if (PgNames.TryReadQualifiedName(cursor, out var first))
        {
            if (cursor.TryWord("ON"))
            {
                index = first.Name;
                PgNames.TryReadQualifiedName(cursor, out table);
            }
            else
            {
                table = first;
                if (cursor.TryWord("USING"))
                {
                    PgNames.TryReadIdentifier(cursor, out index);
                }
            }
        }

        return new ClusterStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Table = table,
            Index = index,
        };
    }

    /// <summary><c>REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]</c>.</summary>
    public static SqlStatement ParseRefresh(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!cursor.TryWords("REFRESH", "MATERIALIZED", "VIEW"))
        {
            return head.Other();
        }

        var isConcurrently = cursor.TryWord("CONCURRENTLY");
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.RefreshMaterializedView, "a materialized view name");
        }

        return new RefreshMaterializedViewStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IsConcurrently = isConcurrently,
            WithNoData = cursor.TryWords("WITH", "NO", "DATA"),
        };
    }

    private static List<QualifiedName> ReadTableList(PgTokenCursor cursor)
    {
        var tables = new List<QualifiedName>();
        while (PgNames.TryReadQualifiedName(cursor, out var table))
        {
            tables.Add(table);
            if (cursor.IsKind(PgTokenKind.OpenParen))
            {
                cursor.SkipElement();
            }

            if (!cursor.TryKind(PgTokenKind.Comma))
            {
                break;
            }
        }

        return tables;
    }
}
