using Migrations.Lint.Config;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class SpellingSuggestionTests
{
    private static readonly string[] Severities = ["off", "note", "warning", "error"];

    [Theory]
    [InlineData("warn", "warning")]
    [InlineData("eror", "error")]
    [InlineData("Warning", "warning")]
    [InlineData("nothing", null)]
    [InlineData("on", null)]
    [InlineData("x", null)]
    public void Suggests_only_plausible_severities(string written, string? expected) =>
        Assert.Equal(expected, SpellingSuggestion.Closest(written, Severities));

    [Theory]
    [InlineData("ban-drop-tabel", "ban-drop-table")]
    [InlineData("ban-drop-colum", "ban-drop-column")]
    [InlineData("ban-drop", "ban-drop-table")]
    [InlineData("prefer-big-int", "prefer-bigint")]
    [InlineData("require-lock", "require-lock-timeout")]
    [InlineData("drop-everything", null)]
    public void Suggests_the_closest_rule_name(string written, string? expected) =>
        Assert.Equal(expected, SpellingSuggestion.Closest(written, TestRules.All.Select(rule => rule.Name)));
}
