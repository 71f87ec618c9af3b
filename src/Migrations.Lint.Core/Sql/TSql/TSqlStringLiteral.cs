using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>The text between the quotes of a <c>'…'</c> or <c>N'…'</c> literal.</summary>
internal static class TSqlStringLiteral
{
    public static bool IsString(TSqlToken token) => token.Kind is TSqlTokenKind.String or TSqlTokenKind.UnicodeString;

    /// <summary>The span of the literal's content, quotes (and the N prefix) excluded; null for an unterminated literal.</summary>
    public static TextSpan? Content(TSqlToken token)
    {
        if (!IsString(token) || token.IsUnterminated)
        {
            return null;
        }

        var prefix = token.Kind == TSqlTokenKind.UnicodeString ? 2 : 1;
        return TextSpan.FromBounds(token.Start + prefix, token.End - 1);
    }

    /// <summary>
    /// The content span when it holds no doubled quote, so that the content's text is the value itself and
    /// offsets inside it are offsets in the source; null otherwise.
    /// </summary>
    public static TextSpan? VerbatimContent(string text, TSqlToken token) =>
        Content(token) is { } content && !text.AsSpan(content.Start, content.Length).Contains('\'') ? content : null;
}
