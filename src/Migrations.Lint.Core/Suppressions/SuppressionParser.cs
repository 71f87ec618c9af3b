using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>
/// Finds the suppression directives among a file's comments. Rules are recognised by name or code
/// (<c>migrate-lint-…</c>) or by squawk name (<c>squawk-ignore…</c>). Create one per run and reuse it.
/// </summary>
public sealed class SuppressionParser
{
    private readonly RuleLookup _rules;
    private readonly RuleDescriptor _unusedSuppression;
    private readonly RuleDescriptor _unknownRule;

    /// <param name="knownRules">Every rule of the linter.</param>
    /// <param name="unusedSuppression">The rule that reports directives silencing nothing.</param>
    /// <param name="unknownRule">The rule that reports rule names no rule has.</param>
    public SuppressionParser(
        IReadOnlyCollection<RuleDescriptor> knownRules, RuleDescriptor unusedSuppression, RuleDescriptor unknownRule)
    {
        ArgumentNullException.ThrowIfNull(knownRules);
        _rules = new RuleLookup(knownRules);
        _unusedSuppression = unusedSuppression ?? throw new ArgumentNullException(nameof(unusedSuppression));
        _unknownRule = unknownRule ?? throw new ArgumentNullException(nameof(unknownRule));
    }

    /// <param name="comments">Spans of every comment in <paramref name="source"/>, delimiters included, in order.</param>
    /// <param name="statements">Spans of every statement, in order.</param>
    public SuppressionSet Parse(SourceText source, IReadOnlyList<TextSpan> comments, IReadOnlyList<TextSpan> statements)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(statements);
        var firstStatementStart = statements.Count > 0 ? statements[0].Start : int.MaxValue;
        var directives = new List<SuppressionDirective>();
        foreach (var comment in comments)
        {
            if (DirectiveCommentReader.TryRead(source, comment, Resolve) is not { } directive)
            {
                continue;
            }

            // A disable above every statement is the file-wide form (it also covers whole-file findings).
            directives.Add(directive.Kind == DirectiveKind.DisableRange && comment.End <= firstStatementStart
                ? directive with { Kind = DirectiveKind.DisableFile }
                : directive);
        }

        return new SuppressionSet(
            source, statements, directives, new DirectiveDiagnostics(source, _unusedSuppression, _unknownRule, _rules));
    }

    private RuleDescriptor? Resolve(string written, DirectiveSyntax syntax) =>
        _rules.Find(syntax == DirectiveSyntax.Squawk ? SquawkRuleNames.ToOurs(written) : written);
}
