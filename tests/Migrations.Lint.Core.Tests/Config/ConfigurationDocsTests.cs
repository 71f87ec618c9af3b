using Migrations.Lint.Core.Tests.Testing;
using System.Text.RegularExpressions;
using Migrations.Lint.Config;

namespace Migrations.Lint.Core.Tests.Config;

public sealed partial class ConfigurationDocsTests
{
    [Fact]
    public void Every_json_example_in_the_configuration_docs_loads()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "configuration.md")).ReplaceLineEndings("\n");
        var examples = JsonBlock().Matches(docs).Select(match => match.Groups["json"].Value).ToList();

        Assert.True(examples.Count >= 10, $"expected an example per key, found {examples.Count}");
        Assert.All(examples, example =>
        {
            var result = ConfigLoader.Parse(example, "configuration.md", TestRules.All);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + example);
        });
    }

    [Fact]
    public void The_docs_describe_every_key()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "configuration.md"));

        Assert.All(ConfigKeys.All, key => Assert.Contains($"### `{key}`", docs, StringComparison.Ordinal));
    }

    [GeneratedRegex("```jsonc?\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
