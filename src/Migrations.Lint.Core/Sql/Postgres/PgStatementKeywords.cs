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
    private static readonly PgKeywordTable Modifiers = PgKeywordTable.OfWords(
    [
        "OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "LOCAL", "GLOBAL", "UNLOGGED", "RECURSIVE",
        "TRUSTED", "PROCEDURAL", "DEFAULT", "CONSTRAINT",
    ]);

    // Longest phrases first, so OPERATOR CLASS wins over OPERATOR.
    private static readonly string[][] ObjectTypePhrases =
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

    private static readonly string[][] OtherPhrasesWords =
    [
        ["REFRESH", "MATERIALIZED", "VIEW"], ["IMPORT", "FOREIGN", "SCHEMA"], ["SECURITY", "LABEL"],
        ["REASSIGN", "OWNED"], ["START", "TRANSACTION"], ["PREPARE", "TRANSACTION"], ["COMMIT", "PREPARED"],
        ["ROLLBACK", "PREPARED"], ["LOCK", "TABLE"], ["COMMENT", "ON"],
    ];

    private static readonly PgKeywordTable ObjectTypes = new(ObjectTypePhrases);

    private static readonly PgKeywordTable OtherPhrases = new(OtherPhrasesWords);

    private static readonly string[] DefiningVerbWords = ["CREATE", "ALTER", "DROP"];

    private static readonly PgKeywordTable DefiningVerbs = PgKeywordTable.OfWords(DefiningVerbWords);

    /// <summary>Verbs whose statements are named by the verb alone, so their keyword string is shared, not built.</summary>
    private static readonly string[] CommonVerbWords =
    [
        "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES", "TABLE", "MERGE", "SET", "RESET", "BEGIN",
        "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "TRUNCATE", "VACUUM", "ANALYZE",
        "CLUSTER", "REINDEX", "GRANT", "REVOKE", "DO", "COPY", "LOCK", "COMMENT", "CALL", "SHOW", "EXPLAIN",
        "NOTIFY", "LISTEN", "DISCARD", "PREPARE", "EXECUTE", "CHECKPOINT",
    ];

    private static readonly PgKeywordTable CommonVerbs = PgKeywordTable.OfWords(CommonVerbWords);

    private static readonly string[] ObjectTypeKeywords = [.. ObjectTypePhrases.Select(phrase => string.Join(' ', phrase))];

    private static readonly string[][] DefiningPhrases = [.. DefiningVerbWords.Select(verb => ObjectTypeKeywords.Select(type => verb + " " + type).ToArray())];

    private static readonly string[] OtherPhraseKeywords = [.. OtherPhrasesWords.Select(phrase => string.Join(' ', phrase))];

    /// <summary>The keywords at the cursor, upper-cased and single-spaced; empty when the statement does not start with a word.</summary>
    public static (string Keywords, TextSpan Span) Read(PgTokenCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.IsKind(PgTokenKind.Identifier))
        {
            return (string.Empty, cursor.SpanOf(start, start));
        }

        var verb = DefiningVerbs.Match(cursor);
        if (verb >= 0)
        {
            var modifiers = 1;
            while (Modifiers.Match(cursor, modifiers) >= 0)
            {
                modifiers++;
            }

            var phrase = ObjectTypes.Match(cursor, modifiers);
            if (phrase < 0)
            {
                return (DefiningVerbWords[verb], cursor.SpanOf(start, start + 1));
            }

            var count = modifiers + ObjectTypes[phrase].Length;
            var keywords = modifiers == 1 ? DefiningPhrases[verb][phrase] : Join(cursor, start, count);
            return (keywords, cursor.SpanOf(start, start + count));
        }

        var other = OtherPhrases.Match(cursor);
        if (other >= 0)
        {
            return (OtherPhraseKeywords[other], cursor.SpanOf(start, start + OtherPhrases[other].Length));
        }

        var common = CommonVerbs.Match(cursor);
        return (common >= 0 ? CommonVerbWords[common] : Join(cursor, start, 1), cursor.SpanOf(start, start + 1));
    }

    /// <summary>Reads an object type such as <c>TABLE</c> or <c>MATERIALIZED VIEW</c> at the cursor; empty when there is none.</summary>
    public static string ReadObjectType(PgTokenCursor cursor)
    {
        var phrase = ObjectTypes.Match(cursor);
        if (phrase < 0)
        {
            return string.Empty;
        }

        cursor.Position += ObjectTypes[phrase].Length;
        return ObjectTypeKeywords[phrase];
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
