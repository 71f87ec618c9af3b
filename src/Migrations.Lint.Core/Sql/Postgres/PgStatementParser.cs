using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Turns one statement's tokens into a node, choosing the parser by the leading keyword.</summary>
internal static class PgStatementParser
{
    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementRange range)
    {
        cursor.Reset(range.Start, range.End);
        var (keywords, keywordsSpan) = PgStatementKeywords.Read(cursor);
        var head = new PgStatementHead(cursor.SpanOf(range.Start, range.End), keywords, keywordsSpan);
        return cursor.IsWord("CREATE") ? PgCreateParser.Parse(cursor, head)
            : cursor.IsWord("ALTER") ? PgAlterParser.Parse(cursor, head)
            : cursor.IsWord("DROP") ? PgDropParser.Parse(cursor, head)
            : cursor.IsWord("SELECT") || cursor.IsWord("VALUES") || cursor.IsWord("TABLE") || cursor.IsKind(PgTokenKind.OpenParen)
                ? PgDataParser.Select(head)
            : cursor.IsWord("INSERT") ? PgDataParser.ParseInsert(cursor, head)
            : cursor.IsWord("UPDATE") ? PgDataParser.ParseUpdate(cursor, head)
            : cursor.IsWord("DELETE") ? PgDataParser.ParseDelete(cursor, head)
            : cursor.IsWord("MERGE") ? PgDataParser.ParseMerge(cursor, head)
            : cursor.IsWord("WITH") ? PgDataParser.ParseWith(cursor, head)
            : cursor.IsWord("TRUNCATE") ? PgDataParser.ParseTruncate(cursor, head)
            : cursor.IsWord("SET") || cursor.IsWord("RESET") ? PgSessionParser.ParseSet(cursor, head)
            : cursor.IsWord("BEGIN") || cursor.IsWord("START") || cursor.IsWord("COMMIT") || cursor.IsWord("END")
                || cursor.IsWord("ROLLBACK") || cursor.IsWord("ABORT") || cursor.IsWord("SAVEPOINT") || cursor.IsWord("RELEASE")
                ? PgSessionParser.ParseTransaction(cursor, head)
            : cursor.IsWord("REINDEX") ? PgIndexParser.ParseReindex(cursor, head)
            : cursor.IsWord("VACUUM") ? PgMaintenanceParser.ParseVacuum(cursor, head)
            : cursor.IsWord("ANALYZE") || cursor.IsWord("ANALYSE") ? PgMaintenanceParser.ParseAnalyze(cursor, head)
            : cursor.IsWord("CLUSTER") ? PgMaintenanceParser.ParseCluster(cursor, head)
            : cursor.IsWord("REFRESH") ? PgMaintenanceParser.ParseRefresh(cursor, head)
            : cursor.IsWord("COMMENT") ? PgObjectParser.ParseComment(cursor, head)
            : cursor.IsWord("DO") ? PgRoutineParser.ParseDo(cursor, head)
            : head.Other();
    }
}
