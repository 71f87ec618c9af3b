using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class EffectiveConfigurationTests
{
    private static ConfigFile File(string json)
    {
        var result = ConfigLoader.Parse(json, "/repo/migrate-lint.json", TestRules.All);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }

    private static EffectiveConfiguration Merge(ConfigFile? file, ConfigOverrides? overrides = null)
    {
        var result = EffectiveConfiguration.Merge(file, overrides ?? ConfigOverrides.None, TestRules.All);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }

    [Fact]
    public void Defaults_apply_without_a_file()
    {
        var settings = Merge(file: null);

        Assert.Equal(DialectSetting.Auto, settings.Dialect);
        Assert.Equal(15, settings.PgVersion);
        Assert.Empty(settings.Migrations);
        Assert.Empty(settings.Exclude);
        Assert.False(settings.AssumeInTransaction);
        Assert.Null(settings.StartAfter);
        Assert.True(settings.RequireDownScripts);
        Assert.False(settings.WarningsAsErrors);
        Assert.Null(settings.Runner);
        Assert.All(TestRules.All, rule => Assert.Equal(rule.DefaultSeverity, settings.GetSeverity(rule)));
    }

    [Fact]
    public void The_file_overrides_the_defaults()
    {
        var settings = Merge(File("""
            {
              "dialect": "sqlserver", "pgVersion": 11, "migrations": ["db"], "exclude": ["db/old/**"],
              "assumeInTransaction": true, "startAfter": "V41", "runner": {},
              "rules": { "ban-drop-table": "note", "prefer-bigint": "warning" }
            }
            """));

        Assert.Equal("/repo/migrate-lint.json", settings.ConfigPath);
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath("/repo/migrate-lint.json")), settings.ConfigDirectory);
        Assert.Equal(DialectSetting.SqlServer, settings.Dialect);
        Assert.Equal(11, settings.PgVersion);
        Assert.Equal(["db"], settings.Migrations);
        Assert.Equal(["db/old/**"], settings.Exclude);
        Assert.True(settings.AssumeInTransaction);
        Assert.Equal("V41", settings.StartAfter);
        Assert.NotNull(settings.Runner);
        Assert.Equal(Severity.Note, settings.GetSeverity(TestRules.BanDropTable));
        Assert.Equal(Severity.Warning, settings.GetSeverity(TestRules.PreferBigint));
        Assert.Equal(TestRules.BanDropColumn.DefaultSeverity, settings.GetSeverity(TestRules.BanDropColumn));
    }

    [Fact]
    public void The_command_line_overrides_the_file()
    {
        var file = File("""{ "dialect": "sqlserver", "pgVersion": 11, "assumeInTransaction": true }""");

        var settings = Merge(file, new ConfigOverrides { Dialect = DialectSetting.Postgres, PgVersion = 17, AssumeInTransaction = false });

        Assert.Equal(DialectSetting.Postgres, settings.Dialect);
        Assert.Equal(17, settings.PgVersion);
        Assert.False(settings.AssumeInTransaction);
    }

    [Fact]
    public void Unset_command_line_options_keep_the_file_values()
    {
        var settings = Merge(File("""{ "dialect": "sqlserver", "pgVersion": 11, "assumeInTransaction": true }"""), new ConfigOverrides());

        Assert.Equal(DialectSetting.SqlServer, settings.Dialect);
        Assert.Equal(11, settings.PgVersion);
        Assert.True(settings.AssumeInTransaction);
    }

    [Fact]
    public void Disabling_on_the_command_line_beats_the_file()
    {
        var settings = Merge(File("""{ "rules": { "ban-drop-table": "error" } }"""), new ConfigOverrides { DisableRules = ["MIG010"] });

        Assert.Equal(Severity.Off, settings.GetSeverity(TestRules.BanDropTable));
    }

    [Fact]
    public void Enabling_an_off_by_default_rule_makes_it_a_warning()
    {
        var settings = Merge(file: null, new ConfigOverrides { EnableRules = ["prefer-bigint"] });

        Assert.Equal(Severity.Warning, settings.GetSeverity(TestRules.PreferBigint));
    }

    [Fact]
    public void Enabling_a_rule_the_file_turned_off_restores_its_default()
    {
        var settings = Merge(File("""{ "rules": { "prefer-text": "off" } }"""), new ConfigOverrides { EnableRules = ["prefer-text"] });

        Assert.Equal(Severity.Note, settings.GetSeverity(TestRules.PreferText));
    }

    [Fact]
    public void Enabling_keeps_a_severity_the_file_chose()
    {
        var settings = Merge(File("""{ "rules": { "ban-drop-table": "note" } }"""), new ConfigOverrides { EnableRules = ["ban-drop-table"] });

        Assert.Equal(Severity.Note, settings.GetSeverity(TestRules.BanDropTable));
    }

    [Fact]
    public void Disable_wins_over_enable_on_the_command_line()
    {
        var settings = Merge(file: null, new ConfigOverrides { EnableRules = ["prefer-bigint"], DisableRules = ["prefer-bigint"] });

        Assert.Equal(Severity.Off, settings.GetSeverity(TestRules.PreferBigint));
    }

    [Fact]
    public void Warnings_as_errors_raises_warnings_only()
    {
        var settings = Merge(
            File("""{ "rules": { "ban-drop-table": "note", "prefer-bigint": "off" } }"""),
            new ConfigOverrides { WarningsAsErrors = true });

        Assert.True(settings.WarningsAsErrors);
        Assert.Equal(Severity.Error, settings.GetSeverity(TestRules.RequireConcurrentIndex));
        Assert.Equal(Severity.Note, settings.GetSeverity(TestRules.BanDropTable));
        Assert.Equal(Severity.Off, settings.GetSeverity(TestRules.PreferBigint));
        Assert.Equal(Severity.Error, settings.GetSeverity(TestRules.BanDropColumn));
    }

    [Fact]
    public void Require_down_scripts_false_turns_the_missing_down_script_rule_off()
    {
        var settings = Merge(File("""{ "requireDownScripts": false }"""));

        Assert.False(settings.RequireDownScripts);
        Assert.Equal(Severity.Off, settings.GetSeverity(TestRules.MissingDownScript));
        Assert.Equal(Severity.Warning, Merge(File("{}")).GetSeverity(TestRules.MissingDownScript));
    }

    [Fact]
    public void An_explicit_rules_entry_beats_require_down_scripts()
    {
        var settings = Merge(File("""{ "requireDownScripts": false, "rules": { "missing-down-script": "error" } }"""));

        Assert.Equal(Severity.Error, settings.GetSeverity(TestRules.MissingDownScript));
    }

    [Fact]
    public void Unknown_command_line_rules_and_versions_are_errors()
    {
        var result = EffectiveConfiguration.Merge(
            file: null,
            new ConfigOverrides { EnableRules = ["prefer-bigin"], DisableRules = ["nonsense"], PgVersion = 8 },
            TestRules.All);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "command line: unknown rule 'prefer-bigin' (did you mean 'prefer-bigint'?)",
                "command line: unknown rule 'nonsense'",
                "command line: pgVersion must be an integer from 9 to 18 (got 8)",
            ],
            result.Errors.Select(error => error.ToString()));
    }
}
