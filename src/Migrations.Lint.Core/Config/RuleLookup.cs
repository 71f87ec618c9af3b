using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Config;

/// <summary>
/// Resolves what users write for a rule — its kebab-case name or its <c>MIGnnn</c> code, in any
/// letter case — to the rule, and suggests the nearest name for a typo.
/// </summary>
internal sealed class RuleLookup
{
    private readonly Dictionary<string, RuleDescriptor> _byNameOrCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];

    public RuleLookup(IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            _byNameOrCode[rule.Name] = rule;
            _byNameOrCode[rule.Code] = rule;
            _names.Add(rule.Name);
        }
    }

    public RuleDescriptor? Find(string nameOrCode) => _byNameOrCode.GetValueOrDefault(nameOrCode);

    /// <summary>" (did you mean 'name'?)" for a near miss, or an empty string.</summary>
    public string SuggestionFor(string unknown) =>
        SpellingSuggestion.Closest(unknown, _names) is { } name ? $" (did you mean '{name}'?)" : "";
}
