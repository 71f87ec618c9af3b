using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Turns one statement's tokens into a node, choosing the parser by the leading keyword.</summary>
internal sealed class TSqlStatementParser(TSqlTokenCursor cursor)
{
    /// <summary>The savepoints saved so far in the script, so that ROLLBACK TRAN name can tell them from transaction names.</summary>
    private readonly HashSet<string> _savepoints = new(StringComparer.Ordinal);

    public SqlStatement Parse(int start, int end)
    {
        cursor.Reset(start, end);
        var (keywords, keywordsSpan) = TSqlStatementKeywords.Read(cursor);
        var head = new TSqlStatementHead(cursor.SpanOf(start, end), keywords, keywordsSpan);
        if (keywords.Length == 0)
        {
            return ParseUnnamed(head);
        }

        return cursor.IsWord("CREATE") ? TSqlCreateParser.ParseCreate(cursor, head)
            : cursor.IsWord("ALTER") ? TSqlCreateParser.ParseAlter(cursor, head)
            : cursor.IsWord("DROP") ? TSqlDropParser.Parse(cursor, head)
            : cursor.IsWord("SELECT") ? TSqlDataParser.ParseSelect(cursor, head)
            : cursor.IsWord("INSERT") ? TSqlDataParser.ParseInsert(cursor, head)
            : cursor.IsWord("UPDATE") && cursor.IsWord("STATISTICS", 1) ? TSqlDataParser.ParseUpdateStatistics(cursor, head)
            : cursor.IsWord("UPDATE") ? TSqlDataParser.ParseUpdate(cursor, head)
            : cursor.IsWord("DELETE") ? TSqlDataParser.ParseDelete(cursor, head)
            : cursor.IsWord("MERGE") ? TSqlDataParser.ParseMerge(cursor, head)
            : cursor.IsWord("WITH") ? TSqlDataParser.ParseWith(cursor, head)
            : cursor.IsWord("TRUNCATE") ? TSqlDataParser.ParseTruncate(cursor, head)
            : cursor.IsWord("SET") ? TSqlSessionParser.ParseSet(cursor, head)
            : IsTransactionControl() ? TSqlSessionParser.ParseTransaction(cursor, head, _savepoints)
            : cursor.IsWord("EXEC") || cursor.IsWord("EXECUTE") ? TSqlExecuteParser.Parse(cursor, head)
            : head.Other();
    }

    /// <summary>
    /// A statement that does not start with a keyword: a parenthesized query (<c>(SELECT 1) UNION (SELECT 2)</c>),
    /// a label, or a procedure called without EXEC (allowed as a batch's first statement). Anything else, such
    /// as a literal or a variable, cannot start a statement.
    /// </summary>
    private SqlStatement ParseUnnamed(TSqlStatementHead head)
    {
        switch (cursor.Current.Kind)
        {
            case TSqlTokenKind.OpenParen:
                return TSqlDataParser.ParseSelect(cursor, head);
            case TSqlTokenKind.Identifier when cursor.IsKind(TSqlTokenKind.Colon, 1):
                return head.Other();
            case TSqlTokenKind.Identifier or TSqlTokenKind.BracketedIdentifier or TSqlTokenKind.QuotedIdentifier or TSqlTokenKind.SqlCmdVariable:
                return TSqlExecuteParser.Parse(cursor, head);
            case TSqlTokenKind.Invalid:
                return head.Other(); // already reported
            default:
                cursor.Report(cursor.Current.Span, "Expected a statement.");
                return head.Other();
        }
    }

    private bool IsTransactionControl() =>
        (cursor.IsWord("BEGIN") && (cursor.IsWord("TRAN", 1) || cursor.IsWord("TRANSACTION", 1) || cursor.IsWord("DISTRIBUTED", 1)))
        || cursor.IsWord("COMMIT") || cursor.IsWord("ROLLBACK") || cursor.IsWord("SAVE");
}
