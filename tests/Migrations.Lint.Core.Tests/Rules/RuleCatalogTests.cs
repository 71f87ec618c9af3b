using System.Reflection;
using System.Text.RegularExpressions;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>
/// The registry is the single source of truth, so it must be complete: every rule has a unique code
/// and name, an embedded docs page, and a test class with positive and
/// silent cases.
/// </summary>
public sealed partial class RuleCatalogTests
{
    public static TheoryData<string> RuleNames => [.. RuleRegistry.All.Select(rule => rule.Descriptor.Name)];

    [Fact]
    public void Codes_and_names_are_unique_and_well_formed()
    {
        var descriptors = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Code).Distinct().Count());
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Name).Distinct().Count());
        Assert.All(descriptors, d => Assert.Matches(CodePattern(), d.Code));
        Assert.All(descriptors, d => Assert.Matches(NamePattern(), d.Name));
        Assert.Equal(descriptors.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code), descriptors.Select(d => d.Code));
    }

    [Fact]
    public void Every_rule_class_is_registered()
    {
        var registered = RuleRegistry.All.Select(rule => rule.GetType()).ToHashSet();
        var declared = typeof(LintRule).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(LintRule)) && !type.IsAbstract);
        Assert.All(declared, type => Assert.Contains(type, registered));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_has_a_docs_page_shipped_in_the_assembly(string name)
    {
        var rule = RuleRegistry.All.Single(r => r.Descriptor.Name == name).Descriptor;
        var page = RuleDocs.ReadPage(rule);
        Assert.True(page is not null, $"docs/rules/{name}.md is missing.");
        Assert.Contains("## Problem", page, StringComparison.Ordinal);
        Assert.Contains("## Safe alternative", page, StringComparison.Ordinal);
        Assert.Contains("## Suppress", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_has_positive_and_silent_tests(string name)
    {
        var ruleType = RuleRegistry.All.Single(r => r.Descriptor.Name == name).GetType();
        var testClass = typeof(RuleCatalogTests).Assembly.GetType($"{typeof(RuleCatalogTests).Namespace}.{ruleType.Name}Tests");
        Assert.True(testClass is not null, $"{ruleType.Name}Tests is missing.");
        var tests = testClass.GetMethods().Where(method => method.GetCustomAttribute<FactAttribute>() is not null).Select(method => method.Name).ToArray();
        Assert.Contains(tests, test => test.StartsWith("Reports", StringComparison.Ordinal));
        Assert.Contains(tests, test => test.StartsWith("Silent", StringComparison.Ordinal));
    }

    [GeneratedRegex("^MIG[0-9]{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
