using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Collects every token of PostgreSQL text, comments included (suppressions live in them).</summary>
public static class PgLexer
{
    public static PgToken[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    public static PgToken[] Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new PgScanner(text, range);

        // Real SQL averages well over four characters per token, so this rarely regrows.
        var tokens = new List<PgToken>((range.Length / 4) + 4);
        while (scanner.TryNext(out var token))
        {
            tokens.Add(token);
        }

        return [.. tokens];
    }
}
