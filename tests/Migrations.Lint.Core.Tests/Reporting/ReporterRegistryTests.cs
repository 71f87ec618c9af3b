using Migrations.Lint.Reporting;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class ReporterRegistryTests
{
    [Fact]
    public void The_default_registry_knows_every_format()
    {
        var registry = ReporterRegistry.Default;

        Assert.Equal(["text", "json", "msbuild", "github", "sarif", "gitlab"], registry.Formats);
        Assert.All(registry.Formats, format => Assert.Equal(format, registry.Get(format).Format));
        Assert.Equal("text", ReporterRegistry.DefaultFormat);
    }

    [Fact]
    public void Format_names_are_case_insensitive()
    {
        Assert.IsType<SarifReporter>(ReporterRegistry.Default.Get("SARIF"));
        Assert.True(ReporterRegistry.Default.TryGet("GitHub", out var reporter));
        Assert.IsType<GitHubReporter>(reporter);
    }

    [Fact]
    public void An_unknown_format_is_refused_with_the_known_ones()
    {
        Assert.False(ReporterRegistry.Default.TryGet("xml", out _));
        var error = Assert.Throws<ArgumentException>(() => ReporterRegistry.Default.Get("xml"));
        Assert.Contains("'xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, json, msbuild, github, sarif, gitlab", error.Message, StringComparison.Ordinal);
    }
}
