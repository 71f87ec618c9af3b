using Migrations.Lint.Text;
using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class ConfigFileTests
{
    private static ConfigFile Read(string json)
    {
        var result = ConfigLoader.Parse(json, "migrate-lint.json", TestRules.All);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }

    [Fact]
    public void An_empty_object_sets_nothing()
    {
        var file = Read("{}");

        Assert.Null(file.Dialect);
        Assert.Null(file.PgVersion);
        Assert.Null(file.Migrations);
        Assert.Null(file.Exclude);
        Assert.Empty(file.Rules);
        Assert.Null(file.AssumeInTransaction);
        Assert.Null(file.StartAfter);
        Assert.Null(file.RequireDownScripts);
        Assert.Null(file.Runner);
    }

    [Fact]
    public void Reads_every_key()
    {
        var file = Read("""
            {
              "$schema": "https://example.test/migrate-lint.schema.json",
              "dialect": "postgres",
              "pgVersion": 12,
              "migrations": ["db/migrations", "db/extra/**/*.sql"],
              "exclude": ["db/migrations/legacy/**"],
              "rules": { "ban-drop-table": "warning", "prefer-bigint": "error" },
              "assumeInTransaction": true,
              "startAfter": "20240101120000",
              "requireDownScripts": false,
              "runner": { "connection": "Host=db", "lockRetries": 3, "targets": [{ "name": "eu" }] }
            }
            """);

        Assert.Equal(DialectSetting.Postgres, file.Dialect);
        Assert.Equal(12, file.PgVersion);
        Assert.Equal(["db/migrations", "db/extra/**/*.sql"], file.Migrations);
        Assert.Equal(["db/migrations/legacy/**"], file.Exclude);
        Assert.Equal(Severity.Warning, file.Rules["ban-drop-table"]);
        Assert.Equal(Severity.Error, file.Rules["prefer-bigint"]);
        Assert.True(file.AssumeInTransaction);
        Assert.Equal("20240101120000", file.StartAfter);
        Assert.False(file.RequireDownScripts);
        Assert.NotNull(file.Runner);
        Assert.Equal("Host=db", file.Runner.Settings.GetProperty("connection").GetString());
        Assert.Equal(3, file.Runner.Settings.GetProperty("lockRetries").GetInt32());
        Assert.Equal(JsonValueKind.Array, file.Runner.Settings.GetProperty("targets").ValueKind);
    }

    [Theory]
    [InlineData("postgres", DialectSetting.Postgres)]
    [InlineData("sqlserver", DialectSetting.SqlServer)]
    [InlineData("auto", DialectSetting.Auto)]
    public void Reads_each_dialect(string written, DialectSetting expected) =>
        Assert.Equal(expected, Read($$"""{ "dialect": "{{written}}" }""").Dialect);

    [Theory]
    [InlineData("off", Severity.Off)]
    [InlineData("note", Severity.Note)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("error", Severity.Error)]
    public void Reads_each_severity(string written, Severity expected) =>
        Assert.Equal(expected, Read($$"""{ "rules": { "ban-drop-column": "{{written}}" } }""").Rules["ban-drop-column"]);

    [Theory]
    [InlineData(9)]
    [InlineData(18)]
    public void Accepts_the_ends_of_the_pg_version_range(int version) =>
        Assert.Equal(version, Read($$"""{ "pgVersion": {{version}} }""").PgVersion);

    [Theory]
    [InlineData("MIG010")]
    [InlineData("mig010")]
    [InlineData("Ban-Drop-Table")]
    public void Rules_are_named_by_name_or_code_in_any_case(string written)
    {
        var rules = Read($$"""{ "rules": { "{{written}}": "off" } }""").Rules;

        Assert.Equal(Severity.Off, Assert.Single(rules, rule => rule.Key == "ban-drop-table").Value);
    }

    [Fact]
    public void Allows_comments_and_trailing_commas()
    {
        var file = Read("""
            // The team's lint settings.
            {
              /* PostgreSQL 14 in production */
              "pgVersion": 14, // until the upgrade
              "migrations": [
                "db/migrations", // the only folder
              ],
              "rules": {
                "ban-drop-table": "warning",
              },
            }
            """);

        Assert.Equal(14, file.PgVersion);
        Assert.Equal(["db/migrations"], file.Migrations);
        Assert.Equal(Severity.Warning, file.Rules["ban-drop-table"]);
    }

    [Fact]
    public void Allows_a_byte_order_mark() =>
        Assert.Equal(11, Read("\uFEFF{ \"pgVersion\": 11 }").PgVersion);

    [Fact]
    public void Reads_escapes_in_strings() =>
        Assert.Equal(["db\\migrations\t\u00e9/\"x\""], Read("""{ "exclude": ["db\\migrations\t\u00e9\/\"x\""] }""").Exclude);

    [Fact]
    public void The_runner_section_records_where_it_starts()
    {
        var file = Read("{\n  \"runner\": {\n    // comment\n    \"schema\": \"public\",\n  }\n}");

        Assert.NotNull(file.Runner);
        Assert.Equal("migrate-lint.json", file.Runner.ConfigPath);
        Assert.Equal(new LinePosition(2, 13), file.Runner.Position);
        Assert.Equal("public", file.Runner.Settings.GetProperty("schema").GetString());
    }
}
