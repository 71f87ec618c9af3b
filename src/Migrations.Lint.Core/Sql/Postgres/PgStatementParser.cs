using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Turns one statement's tokens into a node, choosing the parser by the leading keyword.</summary>
internal static class PgStatementParser
{
    /// <summary>The other words a PostgreSQL statement can start with (gram.y's stmt rule): valid, but not modelled.</summary>
    private static readonly PgKeywordTable UnmodelledVerbs = PgKeywordTable.OfWords(
        "CALL", "CHECKPOINT", "CLOSE", "COPY", "DEALLOCATE", "DECLARE", "DISCARD", "EXECUTE", "EXPLAIN", "FETCH",
        "GRANT", "IMPORT", "LISTEN", "LOAD", "LOCK", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REVOKE", "SECURITY",
        "SHOW", "UNLISTEN");

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
            : ParseOther(cursor, head);
    }

    /// <summary>
    /// A statement we do not model. The words a statement can start with are a closed set, so any
    /// other start is certainly malformed (a misspelled keyword, a stray literal); a psql variable may
    /// expand to anything, and tokens already reported as malformed are not reported twice.
    /// </summary>
    private static OtherStatement ParseOther(PgTokenCursor cursor, PgStatementHead head)
    {
        var first = cursor.Current;
        if (first.Kind == PgTokenKind.Identifier && UnmodelledVerbs.Match(cursor) < 0)
        {
            cursor.Report(first.Span, $"Unknown statement \"{cursor.TextOf(first)}\".");
        }
        else if (first.Kind is not (PgTokenKind.Identifier or PgTokenKind.PsqlVariable or PgTokenKind.Invalid
            or PgTokenKind.CloseParen or PgTokenKind.PsqlMetaCommand) && !first.IsUnterminated)
        {
            cursor.ReportExpected("a statement");
        }

        return head.Other();
    }
}
