using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Suppressions;

/// <summary>
/// The suppression directives of one file, ready to apply to that file's findings.
/// Built by <see cref="SuppressionParser.Parse"/>.
/// </summary>
public sealed class SuppressionSet
{
    /// <summary>A syntax error means statement boundaries are guesses, so it is never silenced.</summary>
    public const string UnsuppressibleRuleName = "syntax-error";

    private readonly SourceText _source;
    private readonly IReadOnlyList<TextSpan> _statements;
    private readonly DirectiveDiagnostics _directiveDiagnostics;

    // Indexes of the disabling directives, most specific first: that one is named in a finding's suppression.
    private readonly int[] _disablesBySpecificity;

    internal SuppressionSet(
        SourceText source,
        IReadOnlyList<TextSpan> statements,
        IReadOnlyList<SuppressionDirective> directives,
        DirectiveDiagnostics directiveDiagnostics)
    {
        _source = source;
        _statements = statements;
        Directives = directives;
        _directiveDiagnostics = directiveDiagnostics;
        _disablesBySpecificity = Enumerable.Range(0, directives.Count)
            .Where(i => directives[i].Kind != DirectiveKind.Enable)
            .OrderBy(i => directives[i].Kind switch
            {
                DirectiveKind.DisableLine => 0,
                DirectiveKind.DisableNextStatement => 1,
                DirectiveKind.DisableRange => 2,
                _ => 3,
            })
            .ToArray();
    }

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    /// <summary>
    /// Marks the findings of this file that a directive silences (other files' findings pass through),
    /// then appends warnings for directives or rule names that silenced nothing and for unknown rule names.
    /// squawk directives get no such warnings, so squawk users switch without editing their comments.
    /// </summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var usage = Directives.Select(directive => new DirectiveUsage(directive)).ToArray();
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            result.Add(IsSuppressible(diagnostic) ? Suppress(diagnostic, usage) : diagnostic);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            if (Directives[i].Syntax == DirectiveSyntax.MigrateLint)
            {
                _directiveDiagnostics.AddTo(result, Directives[i], usage[i]);
            }
        }

        return result;
    }

    private bool IsSuppressible(Diagnostic diagnostic) =>
        !diagnostic.IsSuppressed
        && !string.Equals(diagnostic.Rule.Name, UnsuppressibleRuleName, StringComparison.Ordinal)
        && (ReferenceEquals(diagnostic.Location.Source, _source)
            || (_source.Path.Length > 0 && string.Equals(diagnostic.Location.Path, _source.Path, StringComparison.Ordinal)));

    private Diagnostic Suppress(Diagnostic diagnostic, DirectiveUsage[] usage)
    {
        SuppressionDirective? silencedBy = null;
        var offset = diagnostic.Location.Span.Start;
        foreach (var index in _disablesBySpecificity)
        {
            var directive = Directives[index];
            if (Covers(directive, diagnostic.Rule, offset) && usage[index].MarkRule(diagnostic.Rule))
            {
                silencedBy ??= directive;
            }
        }

        return silencedBy is null
            ? diagnostic
            : diagnostic with { Suppression = new DiagnosticSuppression(silencedBy.Text, silencedBy.Justification) };
    }

    /// <summary>
    /// Whether a finding of <paramref name="rule"/> starting at <paramref name="offset"/> is in the directive's
    /// reach; whether the directive names the rule is checked separately.
    /// </summary>
    private bool Covers(SuppressionDirective directive, RuleDescriptor rule, int offset) => directive.Kind switch
    {
        DirectiveKind.DisableNextStatement => TargetStatement(directive.Span) is { } statement
            && offset >= statement.Start && (offset < statement.End || offset == statement.Start),
        DirectiveKind.DisableLine => _source.GetPosition(offset).Line == _source.GetPosition(directive.Span.Start).Line,
        DirectiveKind.DisableFile => !IsEnabledAgain(directive, rule, offset),
        DirectiveKind.DisableRange => offset >= directive.Span.End && !IsEnabledAgain(directive, rule, offset),
        _ => false,
    };

    /// <summary>The statement holding the comment, or else the first to start after it.</summary>
    private TextSpan? TargetStatement(TextSpan comment)
    {
        int low = 0, high = _statements.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_statements[middle].End <= comment.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _statements.Count ? _statements[low] : null;
    }

    /// <summary>Whether a <c>migrate-lint-enable</c> between <paramref name="disable"/> and <paramref name="offset"/> re-enables <paramref name="rule"/>.</summary>
    private bool IsEnabledAgain(SuppressionDirective disable, RuleDescriptor rule, int offset) =>
        Directives.Any(enable => enable.Kind == DirectiveKind.Enable
            && enable.Span.Start > disable.Span.Start
            && enable.Span.Start <= offset
            && (enable.AppliesToAllRules || enable.RuleNames.Any(name => name.Rule?.Name == rule.Name)));
}
