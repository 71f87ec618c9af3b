using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>
/// Findings about the directives themselves: rule names no rule has, names or whole directives that
/// silenced nothing, and attempts to silence syntax errors.
/// </summary>
internal sealed class DirectiveDiagnostics(
    SourceText source, RuleDescriptor unusedSuppression, RuleDescriptor unknownRule, RuleLookup rules)
{
    private const string UnusedHelp = "Remove the directive, or the rule names in it that silence nothing.";
    private const string SyntaxErrorHelp = "Fix the SQL: a statement that does not parse cannot be checked.";

    public void AddTo(List<Diagnostic> result, SuppressionDirective directive, DirectiveUsage usage)
    {
        // Names that could have silenced something; unknown names and syntax-error get their own finding.
        var candidates = new List<int>();
        for (var i = 0; i < directive.RuleNames.Count; i++)
        {
            var name = directive.RuleNames[i];
            if (name.Rule is null)
            {
                result.Add(Report(unknownRule, name.Span, $"unknown rule '{name.Written}' in {directive.Keyword}{rules.SuggestionFor(name.Written)}", help: null));
            }
            else if (string.Equals(name.Rule.Name, SuppressionSet.UnsuppressibleRuleName, StringComparison.Ordinal))
            {
                result.Add(Report(unusedSuppression, name.Span, $"{SuppressionSet.UnsuppressibleRuleName} findings cannot be suppressed", SyntaxErrorHelp));
            }
            else
            {
                candidates.Add(i);
            }
        }

        if (directive.Kind == DirectiveKind.Enable)
        {
            return;
        }

        if (usage.IsUsed)
        {
            foreach (var i in candidates.Where(i => !usage.IsNameUsed(i)))
            {
                var name = directive.RuleNames[i];
                result.Add(Report(unusedSuppression, name.Span, $"{directive.Keyword} silences no '{name.Written}' finding", UnusedHelp));
            }
        }
        else if (directive.AppliesToAllRules)
        {
            result.Add(Report(unusedSuppression, directive.Span, $"{directive.Keyword} silences no finding", UnusedHelp));
        }
        else if (candidates.Count > 0)
        {
            var names = candidates.Select(i => $"'{directive.RuleNames[i].Written}'").ToList();
            var listed = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
            result.Add(Report(unusedSuppression, directive.Span, $"{directive.Keyword} silences no {listed} finding", UnusedHelp));
        }
    }

    private Diagnostic Report(RuleDescriptor rule, TextSpan span, string message, string? help) =>
        new(rule, rule.DefaultSeverity, message, new SourceLocation(source, span), help);
}
