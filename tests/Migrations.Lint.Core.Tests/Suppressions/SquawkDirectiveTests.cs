using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Suppressions;

namespace Migrations.Lint.Core.Tests.Suppressions;

public sealed class SquawkDirectiveTests
{
    [Theory]
    [InlineData("require-concurrent-index-creation", "require-concurrent-index")]
    [InlineData("require-concurrent-index-deletion", "require-concurrent-index-drop")]
    [InlineData("adding-required-field", "adding-not-null-without-default")]
    [InlineData("adding-not-nullable-field", "set-not-null")]
    [InlineData("ban-drop-column", "ban-drop-column")]
    [InlineData("ban-drop-table", "ban-drop-table")]
    [InlineData("ban-drop-database", "ban-drop-database")]
    [InlineData("ban-truncate-cascade", "ban-truncate")]
    [InlineData("ban-drop-not-null", "ban-drop-not-null")]
    [InlineData("changing-column-type", "changing-column-type")]
    [InlineData("constraint-missing-not-valid", "constraint-missing-not-valid")]
    [InlineData("adding-foreign-key-constraint", "constraint-missing-not-valid")]
    [InlineData("disallowed-unique-constraint", "unique-constraint-without-index")]
    [InlineData("adding-field-with-default", "volatile-default")]
    [InlineData("adding-serial-primary-key-field", "unique-constraint-without-index")]
    [InlineData("renaming-column", "renaming-column")]
    [InlineData("renaming-table", "renaming-table")]
    [InlineData("prefer-big-int", "prefer-bigint")]
    [InlineData("prefer-bigint-over-int", "prefer-bigint")]
    [InlineData("prefer-bigint-over-smallint", "prefer-bigint")]
    [InlineData("prefer-identity", "prefer-identity")]
    [InlineData("prefer-text-field", "prefer-text")]
    [InlineData("prefer-timestamptz", "prefer-timestamptz")]
    [InlineData("prefer-timestamp-tz", "prefer-timestamptz")]
    [InlineData("prefer-robust-stmts", "prefer-robust-stmts")]
    [InlineData("ban-concurrent-index-creation-in-transaction", "concurrent-in-transaction")]
    [InlineData("transaction-nesting", "nested-transaction")]
    [InlineData("require-timeout-settings", "require-lock-timeout")]
    public void Squawk_names_map_to_our_rules(string squawkName, string ourName)
    {
        var sql = new SqlFixture($"-- squawk-ignore {squawkName}\nALTER TABLE t ADD COLUMN c int;");
        var rule = TestRules.All.Single(candidate => candidate.Name == ourName);

        Assert.Same(rule, sql.Set.Directives.Single().RuleNames.Single().Rule);
        Assert.True(sql.Apply(sql.Finding(rule, "ALTER TABLE"))[0].IsSuppressed);
    }

    [Fact]
    public void Squawk_ignore_silences_the_next_statement_only()
    {
        var sql = new SqlFixture("""
            -- squawk-ignore require-concurrent-index-creation, ban-drop-table
            CREATE INDEX i ON t (c);
            CREATE INDEX j ON t (d);
            """);

        var result = sql.Apply(
            sql.Finding(TestRules.RequireConcurrentIndex, "CREATE INDEX i"),
            sql.Finding(TestRules.RequireConcurrentIndex, "CREATE INDEX j"));

        Assert.Equal([true, false], result.Select(finding => finding.IsSuppressed));
        Assert.Equal(DirectiveSyntax.Squawk, sql.Set.Directives.Single().Syntax);
    }

    [Fact]
    public void Squawk_ignore_inside_a_statement_silences_that_statement()
    {
        var sql = new SqlFixture("""
            ALTER TABLE foo
            -- squawk-ignore adding-field-with-default,prefer-robust-stmts
            ADD COLUMN bar uuid DEFAULT gen_random_uuid();
            """);

        Assert.True(sql.Apply(sql.Finding(TestRules.All.Single(rule => rule.Name == "volatile-default"), "DEFAULT"))[0].IsSuppressed);
    }

    [Fact]
    public void Squawk_ignore_file_silences_the_whole_file_wherever_it_is()
    {
        var sql = new SqlFixture("""
            DROP TABLE a;
            -- squawk-ignore-file ban-drop-table
            DROP TABLE b;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"), sql.Finding(TestRules.BanDropTable, "DROP TABLE b"));

        Assert.All(result, finding => Assert.True(finding.IsSuppressed));
        Assert.Equal(DirectiveKind.DisableFile, sql.Set.Directives.Single().Kind);
    }

    [Fact]
    public void Squawk_ignore_file_without_names_silences_every_rule()
    {
        var sql = new SqlFixture("/* squawk-ignore-file */\nALTER TABLE t DROP COLUMN c, ADD COLUMN d int;");

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN"), sql.Finding(TestRules.PreferBigint, "d int"));

        Assert.All(result, finding => Assert.True(finding.IsSuppressed));
    }

    [Fact]
    public void Unknown_squawk_names_are_ignored_without_a_warning_and_do_not_silence_everything()
    {
        var sql = new SqlFixture("""
            -- squawk-ignore ban-char-field, require-enum-value-ordering
            ALTER TABLE t DROP COLUMN c;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN"));

        Assert.False(Assert.Single(result).IsSuppressed);
    }

    [Fact]
    public void Unused_squawk_directives_are_not_reported()
    {
        var sql = new SqlFixture("""
            -- squawk-ignore-file ban-drop-table
            -- squawk-ignore
            SELECT 1;
            """);

        Assert.Empty(sql.Apply());
    }

    [Fact]
    public void A_squawk_reason_is_captured()
    {
        var sql = new SqlFixture("-- squawk-ignore ban-drop-table -- migrated to archive\nDROP TABLE t;");

        Assert.Equal("migrated to archive", sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))[0].Suppression?.Justification);
    }
}
