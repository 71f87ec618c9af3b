using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Reads identifiers and multi-part names. SQL Server compares names case-insensitively under the default
/// collation, so every name, bracketed and quoted ones too, is normalized to lower case for comparing; messages
/// show it as written, bracketed only when it needs to be (<c>dbo.Orders</c>, <c>[Order Details]</c>).
/// </summary>
internal static class TSqlNames
{
    /// <summary>
    /// True for a name token: a delimited identifier, a sqlcmd variable (replaced before the server sees it),
    /// or a word that is not reserved (any word when <paramref name="allowReserved"/>).
    /// </summary>
    public static bool IsName(TSqlTokenCursor cursor, TSqlToken token, bool allowReserved) => token.Kind switch
    {
        TSqlTokenKind.BracketedIdentifier or TSqlTokenKind.QuotedIdentifier or TSqlTokenKind.SqlCmdVariable => true,
        TSqlTokenKind.Identifier => allowReserved || !TSqlReservedWords.Contains(cursor.TextOf(token)),
        _ => false,
    };

    /// <summary>Reads a word that is not reserved, or a delimited identifier.</summary>
    public static bool TryReadIdentifier(TSqlTokenCursor cursor, out SqlIdentifier identifier)
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

    /// <summary>
    /// Reads <c>name</c> up to <c>server.database.schema.name</c>, including <c>database..name</c> (whose empty
    /// schema part means the default schema), <c>#temp</c> tables and <c>@table</c> variables.
    /// </summary>
    public static bool TryReadQualifiedName(TSqlTokenCursor cursor, out QualifiedName name)
    {
        var start = cursor.Position;
        if (cursor.IsKind(TSqlTokenKind.Variable))
        {
            var variable = Create(cursor, cursor.Current);
            cursor.Advance();
            name = new QualifiedName([variable], variable.Span);
            return true;
        }

        if (!TryReadIdentifier(cursor, out var first))
        {
            name = null!;
            return false;
        }

        if (!cursor.IsKind(TSqlTokenKind.Dot))
        {
            name = new QualifiedName([first], first.Span);
            return true;
        }

        var parts = new List<SqlIdentifier>(3) { first };

        // After a dot any word is a name again (dbo.[user] and dbo.user both name a table).
        while (cursor.IsKind(TSqlTokenKind.Dot) && cursor.Position + 1 < cursor.End)
        {
            var next = cursor.TokenAt(cursor.Position + 1);
            if (next.Kind == TSqlTokenKind.Dot)
            {
                parts.Add(Omitted(next.Start));
                cursor.Advance();
            }
            else if (IsName(cursor, next, allowReserved: true))
            {
                cursor.Advance();
                parts.Add(Create(cursor, cursor.Current));
                cursor.Advance();
            }
            else
            {
                break;
            }
        }

        name = new QualifiedName(parts, cursor.SpanFrom(start));
        return true;
    }

    /// <summary>Reads <c>(a [ASC|DESC], b, …)</c>; returns an empty list when the cursor is not at a parenthesis.</summary>
    public static IReadOnlyList<SqlIdentifier> ReadParenthesizedList(TSqlTokenCursor cursor)
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

    public static SqlIdentifier Create(TSqlTokenCursor cursor, TSqlToken token)
    {
        var raw = cursor.TextOf(token);
        var (text, isQuoted) = token.Kind switch
        {
            TSqlTokenKind.BracketedIdentifier => (Unquote(raw, ']'), true),
            TSqlTokenKind.QuotedIdentifier => (Unquote(raw, '"'), true),
            _ => (raw.ToString(), false),
        };
        return FromText(text, isQuoted, token.Span);
    }

    /// <summary>An identifier made from text inside a string literal, such as the names <c>sp_rename</c> takes.</summary>
    public static SqlIdentifier FromText(string text, bool isQuoted, TextSpan span) =>
        new(text, isQuoted, span, text.ToLowerInvariant(), Display(text, isQuoted));

    /// <summary>A delimited name bare when it need not be delimited (<c>[Orders]</c> as <c>Orders</c>), else in brackets.</summary>
    private static string Display(string text, bool isQuoted) =>
        !isQuoted || IsRegularIdentifier(text) ? text : "[" + text.Replace("]", "]]", StringComparison.Ordinal) + "]";

    private static bool IsRegularIdentifier(string text)
    {
        if (text.Length == 0 || !TSqlCharacters.IsIdentifierStart(text[0]) || TSqlReservedWords.Contains(text))
        {
            return false;
        }

        foreach (var character in text.AsSpan(1))
        {
            if (!TSqlCharacters.IsIdentifierPart(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The empty schema part of <c>database..name</c>, at the second dot.</summary>
    public static SqlIdentifier Omitted(int position) => new(string.Empty, IsQuoted: false, new TextSpan(position, 0), string.Empty);

    /// <summary>Strips <c>[…]</c> or <c>"…"</c> and unescapes the doubled closing character; tolerates a missing close.</summary>
    public static string Unquote(ReadOnlySpan<char> raw, char close)
    {
        var inner = raw[1..];
        if (inner.Length > 0 && inner[^1] == close)
        {
            inner = inner[..^1];
        }

        var doubled = close == ']' ? "]]" : "\"\"";
        return inner.Contains(doubled, StringComparison.Ordinal)
            ? inner.ToString().Replace(doubled, doubled[..1], StringComparison.Ordinal)
            : inner.ToString();
    }
}
