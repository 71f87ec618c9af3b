using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Names a statement by its leading keywords: the verb, and for <c>CREATE</c>/<c>ALTER</c>/<c>DROP</c> the
/// modifiers and object type that follow (<c>CREATE UNIQUE NONCLUSTERED INDEX</c>, <c>CREATE OR ALTER PROCEDURE</c>),
/// for transaction verbs the <c>TRAN</c> word (<c>BEGIN TRANSACTION</c>). A statement that starts with a name
/// (a procedure called without EXEC, a label) has no keywords.
/// </summary>
internal static class TSqlStatementKeywords
{
    private static readonly string[] Modifiers = ["OR", "ALTER", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "PRIMARY"];

    private static readonly string[] TransactionWords = ["TRAN", "TRANSACTION", "WORK"];

    /// <summary>Statement verbs that are not reserved words.</summary>
    private static readonly string[] UnreservedVerbs = ["THROW", "SEND", "RECEIVE", "GET", "MOVE", "ENABLE", "DISABLE"];

    private static readonly string[][] Phrases =
    [
        ["BEGIN", "DISTRIBUTED", "TRANSACTION"], ["BEGIN", "DISTRIBUTED", "TRAN"], ["BEGIN", "DIALOG", "CONVERSATION"],
        ["BEGIN", "CONVERSATION", "TIMER"], ["GET", "CONVERSATION", "GROUP"], ["ADD", "COUNTER", "SIGNATURE"],
        ["BEGIN", "TRANSACTION"], ["BEGIN", "TRAN"], ["BEGIN", "TRY"], ["BEGIN", "DIALOG"], ["UPDATE", "STATISTICS"],
        ["BULK", "INSERT"], ["ENABLE", "TRIGGER"], ["DISABLE", "TRIGGER"], ["TRUNCATE", "TABLE"], ["EXECUTE", "AS"],
        ["EXEC", "AS"], ["END", "CONVERSATION"], ["MOVE", "CONVERSATION"], ["ADD", "SIGNATURE"],
    ];

    /// <summary>The keywords at the cursor, upper-cased and single-spaced; empty when the statement does not start with a keyword.</summary>
    public static (string Keywords, TextSpan Span) Read(TSqlTokenCursor cursor)
    {
        var start = cursor.Position;
        var count = Count(cursor);
        return (Join(cursor, start, count), cursor.SpanOf(start, start + count));
    }

    /// <summary>
    /// Reads the words at the cursor while they are in <paramref name="vocabulary"/>, upper-cased and
    /// single-spaced after <paramref name="prefix"/>; when none is, names the clause by its first word.
    /// </summary>
    public static string ReadRun(TSqlTokenCursor cursor, ReadOnlySpan<string> vocabulary, string prefix = "")
    {
        var builder = new StringBuilder(prefix);
        var start = cursor.Position;
        while (cursor.IsAnyWord(vocabulary) || (cursor.Position == start && prefix.Length == 0 && cursor.IsKind(TSqlTokenKind.Identifier)))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            AppendKeyword(builder, cursor.TextOf(cursor.Current));
            cursor.Advance();
        }

        return builder.ToString();
    }

    /// <summary>Appends a keyword upper-cased (ASCII only, so the result never depends on the culture).</summary>
    public static void AppendKeyword(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            builder.Append(c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
        }
    }

    private static int Count(TSqlTokenCursor cursor)
    {
        if (!cursor.IsKind(TSqlTokenKind.Identifier))
        {
            return 0;
        }

        if (cursor.IsWord("CREATE") || cursor.IsWord("ALTER") || cursor.IsWord("DROP"))
        {
            var modifiers = 1;
            while (cursor.IsAnyWord(Modifiers, modifiers))
            {
                modifiers++;
            }

            return TSqlObjectType.Match(cursor, modifiers) is { } type ? modifiers + type.Words.Length : 1;
        }

        if ((cursor.IsWord("COMMIT") || cursor.IsWord("ROLLBACK") || cursor.IsWord("SAVE")) && cursor.IsAnyWord(TransactionWords, 1))
        {
            return 2;
        }

        foreach (var phrase in Phrases)
        {
            var matched = 0;
            while (matched < phrase.Length && cursor.IsWord(phrase[matched], matched))
            {
                matched++;
            }

            if (matched == phrase.Length)
            {
                return matched;
            }
        }

        var isLabel = cursor.IsKind(TSqlTokenKind.Colon, 1);
        return !isLabel && (TSqlReservedWords.Contains(cursor.TextOf(cursor.Current)) || cursor.IsAnyWord(UnreservedVerbs)) ? 1 : 0;
    }

    private static string Join(TSqlTokenCursor cursor, int start, int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            AppendKeyword(builder, cursor.TextOf(cursor.TokenAt(i)));
        }

        return builder.ToString();
    }
}
