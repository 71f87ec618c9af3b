using Migrations.Lint.Sql.TSql;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>Renders tokens as "Kind:text" (plus "!" when unterminated) so expectations read like the input.</summary>
internal static class TSqlRendering
{
    public static string[] Lex(string text) => Render(text, TSqlLexer.Tokenize(text));

    public static string[] Render(string text, IReadOnlyList<TSqlToken> tokens)
    {
        var rendered = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var suffix = token.IsUnterminated ? "!" : "";
            rendered[i] = $"{token.Kind}:{text.Substring(token.Start, token.Length)}{suffix}";
        }

        return rendered;
    }
}
