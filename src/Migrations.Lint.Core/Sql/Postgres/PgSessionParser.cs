using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Transaction control and run-time parameters: BEGIN, COMMIT, ROLLBACK, savepoints, SET and RESET.</summary>
internal static class PgSessionParser
{
    public static SqlStatement ParseTransaction(PgTokenCursor cursor, PgStatementHead head)
    {
        if (cursor.IsWord("BEGIN") || cursor.IsWord("START"))
        {
            return Transaction(head, TransactionAction.Begin);
        }

        if (cursor.IsWord("SAVEPOINT") || cursor.IsWord("RELEASE"))
        {
            var action = cursor.IsWord("SAVEPOINT") ? TransactionAction.Savepoint : TransactionAction.ReleaseSavepoint;
            cursor.Advance();
            if (action == TransactionAction.ReleaseSavepoint)
            {
                SkipSavepointKeyword(cursor);
            }

            return ReadSavepoint(cursor, head, action);
        }

        if (cursor.IsWord("PREPARED", 1))
        {
            // COMMIT PREPARED / ROLLBACK PREPARED finish a two-phase transaction of another session.
            return head.Other();
        }

        var isCommit = cursor.IsWord("COMMIT") || cursor.IsWord("END");
        cursor.Advance();
        if (!cursor.TryWord("WORK"))
        {
            cursor.TryWord("TRANSACTION");
        }

        if (!isCommit && cursor.TryWord("TO"))
        {
            SkipSavepointKeyword(cursor);
            return ReadSavepoint(cursor, head, TransactionAction.RollbackToSavepoint);
        }

        var isChain = cursor.TryWords("AND", "CHAIN");
        return Transaction(head, isCommit ? TransactionAction.Commit : TransactionAction.Rollback, isChain: isChain);
    }

    /// <summary>
    /// <c>SET [SESSION|LOCAL] name {TO|=} value</c>, its special forms, and <c>RESET name|ALL</c>.
    /// <c>SET CONSTRAINTS</c> is not a parameter and stays an <see cref="OtherStatement"/>.
    /// </summary>
    public static SqlStatement ParseSet(PgTokenCursor cursor, PgStatementHead head)
    {
        var isReset = cursor.IsWord("RESET");
        cursor.Advance();
        var isLocal = !isReset && cursor.TryWord("LOCAL");
        var isSession = !isReset && !isLocal && cursor.IsWord("SESSION")
            && !cursor.IsWord("AUTHORIZATION", 1) && !cursor.IsWord("CHARACTERISTICS", 1);
        if (isSession)
        {
            cursor.Advance();
        }

        if (cursor.IsWord("CONSTRAINTS"))
        {
            return head.Other();
        }

        var nameStart = cursor.Position;
        var name = ReadSpecialName(cursor, isReset);
        var isSpecial = name is not null;
        if (name is null)
        {
            if (!PgNames.TryReadQualifiedName(cursor, out var qualified))
            {
                return head.Incomplete(cursor, isReset ? StatementKind.Reset : StatementKind.Set, "a parameter name");
            }

            name = qualified.Parts.Count == 1 ? qualified.Name.Normalized : qualified.ToString();
        }

        var nameSpan = cursor.SpanFrom(nameStart);
        if (!isReset && !isSpecial && !cursor.TryWord("TO") && !cursor.TryOperator("=") && !cursor.IsWord("FROM"))
        {
            return head.Incomplete(cursor, StatementKind.Set, "TO or =");
        }

        var valueStart = cursor.Position;
        cursor.Position = cursor.End;
        var hasValue = !isReset && cursor.Position > valueStart;

        // SET NAMES alone sets the default encoding.
        if (!isReset && !hasValue && name != "client_encoding")
        {
            cursor.ReportExpected("a value");
        }

        var valueSpan = cursor.SpanFrom(valueStart);
        return new SetStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            NameSpan = nameSpan,
            IsReset = isReset,
            IsLocal = isLocal,
            IsSession = isSession,
            Value = hasValue ? cursor.TextOf(valueSpan) : null,
            ValueSpan = hasValue ? valueSpan : null,
        };
    }

    /// <summary>The parameter PostgreSQL's grammar assigns to SET's and RESET's special forms, or null.</summary>
    private static string? ReadSpecialName(PgTokenCursor cursor, bool isReset)
    {
        if (cursor.TryWords("TIME", "ZONE"))
        {
            return "timezone";
        }

        if (cursor.TryWords("SESSION", "AUTHORIZATION"))
        {
            return "session_authorization";
        }

        if (cursor.TryWords("SESSION", "CHARACTERISTICS"))
        {
            cursor.TryWords("AS", "TRANSACTION");
            return "session_characteristics";
        }

        if (cursor.TryWords("XML", "OPTION"))
        {
            return "xmloption";
        }

        if (isReset)
        {
            if (cursor.TryWord("ALL"))
            {
                return "all";
            }

            if (cursor.TryWords("TRANSACTION", "ISOLATION"))
            {
                cursor.TryWord("LEVEL");
                return "transaction_isolation";
            }

            return cursor.TryWord("ROLE") ? "role" : null;
        }

        // These read their value directly, without TO or =.
        return cursor.TryWord("ROLE") ? "role"
            : cursor.TryWord("NAMES") ? "client_encoding"
            : cursor.TryWord("SCHEMA") ? "search_path"
            : cursor.TryWord("TRANSACTION") ? "transaction"
            : null;
    }

    /// <summary>
    /// Skips the optional SAVEPOINT of <c>RELEASE [SAVEPOINT] name</c>; when nothing follows it, the word
    /// is the savepoint's name (PostgreSQL reads <c>RELEASE SAVEPOINT</c> that way).
    /// </summary>
    private static void SkipSavepointKeyword(PgTokenCursor cursor)
    {
        if (cursor.IsWord("SAVEPOINT") && cursor.Position + 1 < cursor.End)
        {
            cursor.Advance();
        }
    }

    private static SqlStatement ReadSavepoint(PgTokenCursor cursor, PgStatementHead head, TransactionAction action)
    {
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.Savepoint, "a savepoint name");
        }

        return Transaction(head, action, name);
    }

    private static TransactionStatement Transaction(PgStatementHead head, TransactionAction action, SqlIdentifier? savepoint = null, bool isChain = false) => new()
    {
        Span = head.Span,
        Keywords = head.Keywords,
        KeywordsSpan = head.KeywordsSpan,
        Action = action,
        SavepointName = savepoint,
        IsChain = isChain,
    };
}
