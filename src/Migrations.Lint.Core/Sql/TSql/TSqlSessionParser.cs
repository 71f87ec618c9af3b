using System.Text;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Session options (<c>SET option value</c>) and transaction control (BEGIN TRAN, COMMIT, ROLLBACK, SAVE TRAN).</summary>
internal static class TSqlSessionParser
{
    private static readonly string[] TransactionWords = ["TRAN", "TRANSACTION", "WORK"];

    /// <summary>
    /// <c>SET option[, option…] value</c>: the node's name is the option lower-cased (<c>lock_timeout</c>,
    /// <c>xact_abort</c>), options listed together are joined with <c>", "</c>, <c>SET STATISTICS IO</c> is
    /// <c>statistics io</c> and <c>SET TRANSACTION ISOLATION LEVEL …</c> is <c>transaction</c>, as in PostgreSQL.
    /// Assigning a variable (<c>SET @x = …</c>) is not a session option: it stays an other statement.
    /// </summary>
    public static SqlStatement ParseSet(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        if (cursor.IsKind(TSqlTokenKind.Variable))
        {
            return head.Other();
        }

        var nameStart = cursor.Position;
        var name = new StringBuilder();
        if (cursor.TryWord("TRANSACTION"))
        {
            name.Append("transaction");
        }
        else
        {
            do
            {
                if (!cursor.IsKind(TSqlTokenKind.Identifier))
                {
                    return head.Incomplete(cursor, StatementKind.Set, "an option name");
                }

                AppendOption(cursor, name);
            }
            while (cursor.TryKind(TSqlTokenKind.Comma));
        }

        var nameSpan = cursor.SpanFrom(nameStart);
        var valueStart = cursor.Position;
        if (cursor.AtEnd)
        {
            cursor.ReportExpected("a value");
            return head.Unparsed(StatementKind.Set);
        }

        cursor.Position = cursor.End;
        var valueSpan = cursor.SpanFrom(valueStart);
        return new SetStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name.ToString(),
            NameSpan = nameSpan,
            Value = cursor.TextOf(valueSpan),
            ValueSpan = valueSpan,
        };
    }

    /// <summary>
    /// <c>BEGIN [DISTRIBUTED] TRAN|TRANSACTION [name] [WITH MARK …]</c>, <c>COMMIT [TRAN|TRANSACTION|WORK] [name]</c>,
    /// <c>ROLLBACK [TRAN|TRANSACTION|WORK] [name]</c> and <c>SAVE TRAN|TRANSACTION name</c>. A ROLLBACK naming a
    /// savepoint saved earlier in the script rolls back to it; any other name is the transaction's own.
    /// </summary>
    public static SqlStatement ParseTransaction(TSqlTokenCursor cursor, TSqlStatementHead head, HashSet<string> savepoints)
    {
        if (cursor.TryWord("BEGIN"))
        {
            return Transaction(head, TransactionAction.Begin);
        }

        var isSave = cursor.IsWord("SAVE");
        var isCommit = cursor.IsWord("COMMIT");
        cursor.Advance();
        var hasTransactionWord = cursor.IsAnyWord(TransactionWords);
        SqlIdentifier? name = null;
        if (hasTransactionWord)
        {
            cursor.Advance();
            if (!cursor.AtEnd && !cursor.IsWord("WITH") && IsTransactionName(cursor.Current.Kind))
            {
                name = TSqlNames.Create(cursor, cursor.Current);
                cursor.Advance();
            }
        }

        if (isSave)
        {
            if (name is null)
            {
                return head.Incomplete(cursor, StatementKind.Savepoint, "a savepoint name");
            }

            savepoints.Add(name.Normalized);
            return Transaction(head, TransactionAction.Savepoint, name);
        }

        if (isCommit)
        {
            return Transaction(head, TransactionAction.Commit);
        }

        return name is not null && savepoints.Contains(name.Normalized)
            ? Transaction(head, TransactionAction.RollbackToSavepoint, name)
            : Transaction(head, TransactionAction.Rollback);
    }

    private static bool IsTransactionName(TSqlTokenKind kind) =>
        kind is TSqlTokenKind.Identifier or TSqlTokenKind.BracketedIdentifier or TSqlTokenKind.QuotedIdentifier or TSqlTokenKind.Variable;

    private static void AppendOption(TSqlTokenCursor cursor, StringBuilder name)
    {
        if (name.Length > 0)
        {
            name.Append(", ");
        }

        var isStatistics = cursor.IsWord("STATISTICS");
        name.Append(cursor.TextOf(cursor.Current).ToString().ToLowerInvariant());
        cursor.Advance();
        if (isStatistics && cursor.IsKind(TSqlTokenKind.Identifier))
        {
            name.Append(' ').Append(cursor.TextOf(cursor.Current).ToString().ToLowerInvariant());
            cursor.Advance();
        }
    }

    private static TransactionStatement Transaction(TSqlStatementHead head, TransactionAction action, SqlIdentifier? savepoint = null) => new()
    {
        Span = head.Span,
        Keywords = head.Keywords,
        KeywordsSpan = head.KeywordsSpan,
        Action = action,
        SavepointName = savepoint,
    };
}
