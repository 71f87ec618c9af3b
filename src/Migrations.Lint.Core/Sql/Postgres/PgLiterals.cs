using System.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Decodes string literal tokens into their values (enum labels, comments).</summary>
internal static class PgLiterals
{
    public static bool IsString(PgTokenKind kind) => kind is PgTokenKind.String or PgTokenKind.EscapeString
        or PgTokenKind.UnicodeString or PgTokenKind.DollarString;

    /// <summary>The value of a string token; an unterminated one runs to its end.</summary>
    public static string Decode(ReadOnlySpan<char> raw, PgToken token)
    {
        var closing = token.IsUnterminated ? 0 : 1;
        if (token.Kind == PgTokenKind.DollarString)
        {
            var tagLength = raw[1..].IndexOf('$') + 2;
            if (tagLength < 2 || raw.Length < tagLength * (1 + closing))
            {
                return string.Empty;
            }

            return raw[tagLength..(raw.Length - (tagLength * closing))].ToString();
        }

        var contentStart = raw.IndexOf('\'') + 1;
        var inner = raw[contentStart..Math.Max(contentStart, raw.Length - closing)];
        if (inner.IndexOfAny('\'', '\\') < 0)
        {
            return inner.ToString();
        }

        var value = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '\'' && i + 1 < inner.Length && inner[i + 1] == '\'')
            {
                i++;
            }
            else if (c == '\\' && token.Kind == PgTokenKind.EscapeString && i + 1 < inner.Length)
            {
                i++;
                c = inner[i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    var other => other,
                };
            }

            value.Append(c);
        }

        return value.ToString();
    }
}
