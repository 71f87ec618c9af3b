using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>Collects every token of T-SQL text, comments included (suppressions live in them).</summary>
public static class TSqlLexer
{
    public static TSqlToken[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    public static TSqlToken[] Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new TSqlScanner(text, range);

        // Real SQL averages well over four characters per token, so this rarely regrows.
        var tokens = new List<TSqlToken>((range.Length / 4) + 4);
        while (scanner.TryNext(out var token))
        {
            tokens.Add(token);
        }

        return [.. tokens];
    }
}
