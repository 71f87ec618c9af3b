using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// Names a statement by its leading keywords: the verb, and for <c>CREATE</c>/<c>ALTER</c>/<c>DROP</c>
/// (and a few other verbs) the modifiers and object type that follow, e.g. <c>CREATE OR REPLACE FUNCTION</c>,
/// <c>ALTER DEFAULT PRIVILEGES</c>, <c>REFRESH MATERIALIZED VIEW</c>. Names after the object type are not
/// keywords even when they look like one (<c>CREATE TABLE data</c> is <c>CREATE TABLE</c>).
/// </summary>
internal static class PgStatementKeywords
{
    private static readonly string[] Modifiers =
    [
        "OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "LOCAL", "GLOBAL", "UNLOGGED", "RECURSIVE",
        "TRUSTED", "PROCEDURAL", "DEFAULT", "CONSTRAINT",
    ];

    // Longest phrases first, so OPERATOR CLASS wins over OPERATOR.
    private static readonly string[][] ObjectTypes =
    [
        ["FOREIGN", "DATA", "WRAPPER"], ["TEXT", "SEARCH", "CONFIGURATION"], ["TEXT", "SEARCH", "DICTIONARY"],
        ["TEXT", "SEARCH", "PARSER"], ["TEXT", "SEARCH", "TEMPLATE"],
        ["ACCESS", "METHOD"], ["EVENT", "TRIGGER"], ["FOREIGN", "TABLE"], ["LARGE", "OBJECT"],
        ["MATERIALIZED", "VIEW"], ["OPERATOR", "CLASS"], ["OPERATOR", "FAMILY"], ["USER", "MAPPING"],
        ["AGGREGATE"], ["CAST"], ["COLLATION"], ["COLUMN"], ["CONSTRAINT"], ["CONVERSION"], ["DATABASE"], ["DOMAIN"], ["EXTENSION"],
        ["FUNCTION"], ["GROUP"], ["INDEX"], ["LANGUAGE"], ["OPERATOR"], ["OWNED"], ["POLICY"],
        ["PRIVILEGES"], ["PROCEDURE"], ["PUBLICATION"], ["ROLE"], ["ROUTINE"], ["RULE"], ["SCHEMA"],
        ["SEQUENCE"], ["SERVER"], ["STATISTICS"], ["SUBSCRIPTION"], ["SYSTEM"], ["TABLE"], ["TABLESPACE"],
        ["TRANSFORM"], ["TRIGGER"], ["TYPE"], ["USER"], ["VIEW"],
    ];

    private static readonly string[][] OtherPhrases =
    [
        ["REFRESH", "MATERIALIZED", "VIEW"], ["IMPORT", "FOREIGN", "SCHEMA"], ["SECURITY", "LABEL"],
        ["REASSIGN", "OWNED"], ["START", "TRANSACTION"], ["PREPARE", "TRANSACTION"], ["COMMIT", "PREPARED"],
        ["ROLLBACK", "PREPARED"], ["LOCK", "TABLE"], ["COMMENT", "ON"],
    ];

    /// <summary>The keywords at the cursor, upper-cased and single-spaced; empty when the statement does not start with a word.</summary>
    public static (string Keywords, TextSpan Span) Read(PgTokenCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.IsKind(PgTokenKind.Identifier))
        {
            return (string.Empty, cursor.SpanOf(start, start));
        }

        var count = 1;
        if (cursor.IsWord("CREATE") || cursor.IsWord("ALTER") || cursor.IsWord("DROP"))
        {
            var modifiers = 1;
            while (cursor.IsAnyWord(Modifiers, modifiers))
            {
                modifiers++;
            }

            var objectType = MatchPhrase(cursor, ObjectTypes, modifiers);
            count = objectType > 0 ? modifiers + objectType : 1;
        }
        else
        {
            count = Math.Max(1, MatchPhrase(cursor, OtherPhrases, 0));
        }

        return (Join(cursor, start, count), cursor.SpanOf(start, start + count));
    }

    /// <summary>
    /// Reads the words at the cursor while they are in <paramref name="vocabulary"/>, upper-cased and
    /// single-spaced after <paramref name="prefix"/>; when none is, names the clause by its first word.
    /// </summary>
    public static string ReadRun(PgTokenCursor cursor, ReadOnlySpan<string> vocabulary, string prefix = "")
    {
        var builder = new StringBuilder(prefix);
        var start = cursor.Position;
        while (cursor.IsAnyWord(vocabulary) || (cursor.Position == start && prefix.Length == 0 && cursor.IsKind(PgTokenKind.Identifier)))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            PgNames.AppendKeyword(builder, cursor.TextOf(cursor.Current));
            cursor.Advance();
        }

        return builder.ToString();
    }

    /// <summary>Reads an object type such as <c>TABLE</c> or <c>MATERIALIZED VIEW</c> at the cursor; empty when there is none.</summary>
    public static string ReadObjectType(PgTokenCursor cursor)
    {
        var start = cursor.Position;
        var length = MatchPhrase(cursor, ObjectTypes, 0);
        cursor.Position += length;
        return length == 0 ? string.Empty : Join(cursor, start, length);
    }

    private static int MatchPhrase(PgTokenCursor cursor, string[][] phrases, int ahead)
    {
        foreach (var phrase in phrases)
        {
            var matched = 0;
            while (matched < phrase.Length && cursor.IsWord(phrase[matched], ahead + matched))
            {
                matched++;
            }

            if (matched == phrase.Length)
            {
                return matched;
            }
        }

        return 0;
    }

    private static string Join(PgTokenCursor cursor, int start, int count)
    {
        var builder = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            PgNames.AppendKeyword(builder, cursor.TextOf(cursor.TokenAt(i)));
        }

        return builder.ToString();
    }
}
