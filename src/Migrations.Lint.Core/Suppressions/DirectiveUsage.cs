using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Suppressions;

/// <summary>Which parts of one directive silenced something during one <see cref="SuppressionSet.Apply"/>.</summary>
internal sealed class DirectiveUsage(SuppressionDirective directive)
{
    private readonly bool[] _namesUsed = new bool[directive.RuleNames.Count];

    public bool IsUsed { get; private set; }

    public bool IsNameUsed(int index) => _namesUsed[index];

    /// <summary>Records every name of the directive that means <paramref name="rule"/>; false if none does.</summary>
    public bool MarkRule(RuleDescriptor rule)
    {
        var matched = directive.AppliesToAllRules;
        for (var i = 0; i < directive.RuleNames.Count; i++)
        {
            if (string.Equals(directive.RuleNames[i].Rule?.Name, rule.Name, StringComparison.Ordinal))
            {
                _namesUsed[i] = true;
                matched = true;
            }
        }

        IsUsed |= matched;
        return matched;
    }
}
