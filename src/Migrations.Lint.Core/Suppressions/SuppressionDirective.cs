using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>
/// One suppression comment, e.g. <c>-- migrate-lint-disable-next-line ban-drop-table -- table is empty</c>.
/// </summary>
/// <param name="Keyword">The directive word as written, e.g. <c>migrate-lint-disable-next-line</c>.</param>
/// <param name="Text">The whole comment, as reported in a finding's suppression.</param>
/// <param name="Span">The comment's span.</param>
/// <param name="RuleNames">The rules it names; none means every rule.</param>
/// <param name="Justification">The text after <c>--</c> inside the comment, if any.</param>
public sealed record SuppressionDirective(
    DirectiveKind Kind,
    DirectiveSyntax Syntax,
    string Keyword,
    string Text,
    TextSpan Span,
    IReadOnlyList<DirectiveRuleName> RuleNames,
    string? Justification)
{
    public bool AppliesToAllRules => RuleNames.Count == 0;
}
