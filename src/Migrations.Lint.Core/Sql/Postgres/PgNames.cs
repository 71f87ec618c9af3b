using System.Text;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads identifiers and qualified names, folding them the way PostgreSQL does.</summary>
internal static class PgNames
{
    /// <summary>
    /// Reads an unquoted non-reserved word or a quoted identifier. Reserved words are refused so that
    /// optional names (<c>CREATE INDEX ON t</c>) are not mistaken for the keyword that follows.
    /// </summary>
    public static bool TryReadIdentifier(PgTokenCursor cursor, out SqlIdentifier identifier)
    {
        if (cursor.AtEnd || !IsName(cursor, cursor.Current, allowReserved: false))
        {
            identifier = null!;
            return false;
        }

        identifier = Create(cursor, cursor.Current);
        cursor.Advance();
        return true;
    }

    /// <summary>Reads <c>name</c>, <c>schema.name</c> or longer dotted names.</summary>
    public static bool TryReadQualifiedName(PgTokenCursor cursor, out QualifiedName name)
    {
        var start = cursor.Position;
        if (!TryReadIdentifier(cursor, out var first))
        {
            name = null!;
            return false;
        }

        if (!cursor.IsKind(PgTokenKind.Dot))
        {
            name = new QualifiedName([first], first.Span);
            return true;
        }

        var parts = new List<SqlIdentifier>(3) { first };

        // After a dot any keyword is a name again (PostgreSQL's attr_name is a ColLabel).
        while (cursor.IsKind(PgTokenKind.Dot) && cursor.Position + 1 < cursor.End
            && IsName(cursor, cursor.TokenAt(cursor.Position + 1), allowReserved: true))
        {
            cursor.Advance();
            parts.Add(Create(cursor, cursor.Current));
            cursor.Advance();
        }

        name = new QualifiedName(parts, cursor.SpanFrom(start));
        return true;
    }

    /// <summary>Reads <c>(a, b, …)</c>; returns an empty list when the cursor is not at a parenthesis.</summary>
    public static IReadOnlyList<SqlIdentifier> ReadParenthesizedList(PgTokenCursor cursor)
    {
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return [];
        }

        var names = new List<SqlIdentifier>();
        while (list.MoveNext(cursor))
        {
            if (TryReadIdentifier(cursor, out var name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static SqlIdentifier Create(PgTokenCursor cursor, PgToken token)
    {
        var raw = cursor.TextOf(token);
        if (token.Kind == PgTokenKind.QuotedIdentifier)
        {
            var text = Unquote(raw);
            return new SqlIdentifier(text, IsQuoted: true, token.Span, text);
        }

        var word = cursor.Text.Substring(token.Start, token.Length);
        return new SqlIdentifier(word, IsQuoted: false, token.Span, Fold(word));
    }

    /// <summary>
    /// Lower-cases ASCII letters only, as PostgreSQL does for unquoted names in multi-byte
    /// encodings; returns the same instance when nothing changes.
    /// </summary>
    public static string Fold(string word)
    {
        var firstUpper = word.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (firstUpper < 0)
        {
            return word;
        }

        return string.Create(word.Length, word, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
        });
    }

    /// <summary>Appends a keyword upper-cased (ASCII only, so the result never depends on the culture).</summary>
    public static void AppendKeyword(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            builder.Append(c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
        }
    }

    /// <summary>The name as PostgreSQL stores it: quoted names verbatim, words folded.</summary>
    public static string Normalize(PgTokenCursor cursor, PgToken token) =>
        token.Kind == PgTokenKind.QuotedIdentifier
            ? Unquote(cursor.TextOf(token))
            : Fold(cursor.Text.Substring(token.Start, token.Length));

    private static bool IsName(PgTokenCursor cursor, PgToken token, bool allowReserved) => token.Kind switch
    {
        PgTokenKind.QuotedIdentifier => true,
        PgTokenKind.Identifier => allowReserved || !PgReservedWords.Contains(cursor.TextOf(token)),
        _ => false,
    };

    /// <summary>Strips <c>"…"</c> (or <c>U&amp;"…"</c>) and unescapes doubled quotes; tolerates a missing closing quote.</summary>
    private static string Unquote(ReadOnlySpan<char> raw)
    {
        var open = raw.IndexOf('"');
        var inner = raw[(open + 1)..];
        if (inner.Length > 0 && inner[^1] == '"')
        {
            inner = inner[..^1];
        }

        return inner.Contains("\"\"", StringComparison.Ordinal)
            ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal)
            : inner.ToString();
    }
}
