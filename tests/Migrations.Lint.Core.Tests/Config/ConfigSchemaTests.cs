using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Rules;
using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class ConfigSchemaTests
{
    private const string UpdateVariable = "UPDATE_DOCS";

    // The rules the published schema describes. TODO(lead): use the rule registry once it is merged.
    private static IReadOnlyCollection<RuleDescriptor> PublishedRules => [.. RuleRegistry.All.Select(rule => rule.Descriptor)];

    [Fact]
    public void The_committed_schema_is_up_to_date()
    {
        var path = RepositoryPaths.Combine("docs", "migrate-lint.schema.json");
        var generated = ConfigSchemaWriter.Write(PublishedRules);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == generated,
            $"docs/migrate-lint.schema.json is stale: run build/update-docs.sh and commit the file.");
    }

    [Fact]
    public void The_schema_describes_every_config_key()
    {
        using var schema = JsonDocument.Parse(ConfigSchemaWriter.Write(TestRules.All));
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(ConfigKeys.All, root.GetProperty("properties").EnumerateObject().Select(property => property.Name));
        Assert.Equal(
            ["postgres", "sqlserver", "auto"],
            root.GetProperty("properties").GetProperty("dialect").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(
            ["off", "note", "warning", "error"],
            root.GetProperty("$defs").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }

    [Fact]
    public void Rule_properties_come_from_the_rule_list()
    {
        RuleDescriptor[] rules = [TestRules.PreferText, TestRules.BanDropTable];

        using var schema = JsonDocument.Parse(ConfigSchemaWriter.Write(rules));
        var ruleSchema = schema.RootElement.GetProperty("properties").GetProperty("rules");

        var properties = ruleSchema.GetProperty("properties");
        Assert.Equal(["ban-drop-table", "prefer-text"], properties.EnumerateObject().Select(property => property.Name));
        Assert.Equal("MIG010: Ban drop table (default: error)", properties.GetProperty("ban-drop-table").GetProperty("description").GetString());
        Assert.Equal("#/$defs/severity", properties.GetProperty("prefer-text").GetProperty("$ref").GetString());
        Assert.Equal(["^(?:MIG010|MIG051)$"], ruleSchema.GetProperty("patternProperties").EnumerateObject().Select(property => property.Name));
        Assert.False(ruleSchema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_text_does_not_depend_on_the_platform()
    {
        var text = ConfigSchemaWriter.Write(TestRules.All);

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(text, ConfigSchemaWriter.Write(TestRules.All.Reverse().ToList()));
    }
}
