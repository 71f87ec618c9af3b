using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>
/// Recognises a suppression directive in one comment: <c>--</c> or <c>/* */</c>, the keyword, rule names
/// separated by commas or spaces, then an optional <c>-- justification</c>.
/// </summary>
internal static class DirectiveCommentReader
{
    private const string JustificationMarker = "--";

    private static readonly (string Keyword, DirectiveKind Kind, DirectiveSyntax Syntax)[] Keywords =
    [
        ("migrate-lint-disable-next-line", DirectiveKind.DisableNextStatement, DirectiveSyntax.MigrateLint),
        ("migrate-lint-disable-line", DirectiveKind.DisableLine, DirectiveSyntax.MigrateLint),
        ("migrate-lint-disable", DirectiveKind.DisableRange, DirectiveSyntax.MigrateLint),
        ("migrate-lint-enable", DirectiveKind.Enable, DirectiveSyntax.MigrateLint),
        ("squawk-ignore-file", DirectiveKind.DisableFile, DirectiveSyntax.Squawk),
        ("squawk-ignore", DirectiveKind.DisableNextStatement, DirectiveSyntax.Squawk),
    ];

    /// <summary>The directive in <paramref name="comment"/>, or null when it is an ordinary comment.</summary>
    /// <param name="resolve">Maps a written rule name to the rule, given the directive's syntax.</param>
    public static SuppressionDirective? TryRead(
        SourceText source, TextSpan comment, Func<string, DirectiveSyntax, RuleDescriptor?> resolve)
    {
        var text = source.Text;
        var body = Body(text, comment);
        while (body.Start < body.End && char.IsWhiteSpace(text[body.Start]))
        {
            body = TextSpan.FromBounds(body.Start + 1, body.End);
        }

        foreach (var (keyword, kind, syntax) in Keywords)
        {
            if (StartsWithWord(text, body, keyword))
            {
                var rest = TextSpan.FromBounds(body.Start + keyword.Length, body.End);
                return Read(source, comment, rest, keyword, kind, syntax, resolve);
            }
        }

        return null;
    }

    private static SuppressionDirective Read(
        SourceText source,
        TextSpan comment,
        TextSpan rest,
        string keyword,
        DirectiveKind kind,
        DirectiveSyntax syntax,
        Func<string, DirectiveSyntax, RuleDescriptor?> resolve)
    {
        var text = source.Text;
        var marker = text.IndexOf(JustificationMarker, rest.Start, rest.Length, StringComparison.Ordinal);
        var names = marker < 0 ? rest : TextSpan.FromBounds(rest.Start, marker);
        var justification = marker < 0 ? null : text[(marker + JustificationMarker.Length)..rest.End].Trim();

        var ruleNames = new List<DirectiveRuleName>();
        var position = names.Start;
        while (position < names.End)
        {
            if (IsSeparator(text[position]))
            {
                position++;
                continue;
            }

            var start = position;
            while (position < names.End && !IsSeparator(text[position]))
            {
                position++;
            }

            var written = text[start..position];
            ruleNames.Add(new DirectiveRuleName(written, TextSpan.FromBounds(start, position), resolve(written, syntax)));
        }

        return new SuppressionDirective(
            kind,
            syntax,
            keyword,
            source.Slice(comment).TrimEnd(),
            comment,
            ruleNames,
            string.IsNullOrEmpty(justification) ? null : justification);
    }

    /// <summary>The comment without its delimiters; empty for text that is not a SQL comment.</summary>
    private static TextSpan Body(string text, TextSpan comment)
    {
        var content = text.AsSpan(comment.Start, comment.Length);
        if (content.StartsWith("--"))
        {
            return TextSpan.FromBounds(comment.Start + 2, comment.End);
        }

        if (content.StartsWith("/*"))
        {
            var end = content.EndsWith("*/") && content.Length >= 4 ? comment.End - 2 : comment.End;
            return TextSpan.FromBounds(comment.Start + 2, end);
        }

        return new TextSpan(comment.Start, 0);
    }

    private static bool StartsWithWord(string text, TextSpan body, string word) =>
        body.Length >= word.Length
        && string.CompareOrdinal(text, body.Start, word, 0, word.Length) == 0
        && (body.Length == word.Length || char.IsWhiteSpace(text[body.Start + word.Length]));

    private static bool IsSeparator(char c) => c == ',' || char.IsWhiteSpace(c);
}
