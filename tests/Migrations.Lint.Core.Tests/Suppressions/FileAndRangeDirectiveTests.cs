using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Suppressions;

namespace Migrations.Lint.Core.Tests.Suppressions;

public sealed class FileAndRangeDirectiveTests
{
    [Fact]
    public void A_disable_before_the_first_statement_covers_the_whole_file()
    {
        var sql = new SqlFixture("""
            -- Drops the v1 schema.
            -- migrate-lint-disable ban-drop-table -- v1 is dead, see ADR-12
            DROP TABLE a;
            DROP TABLE b;
            CREATE INDEX i ON c (x);
            """);

        var result = sql.Apply(
            sql.Finding(TestRules.BanDropTable, "DROP TABLE a"),
            sql.Finding(TestRules.BanDropTable, "DROP TABLE b"),
            sql.Finding(TestRules.RequireConcurrentIndex, "CREATE INDEX"));

        Assert.Equal([true, true, false], result.Select(finding => finding.IsSuppressed));
        Assert.Equal(DirectiveKind.DisableFile, sql.Set.Directives.Single().Kind);
        Assert.Equal("v1 is dead, see ADR-12", result[0].Suppression?.Justification);
    }

    [Fact]
    public void A_file_wide_disable_covers_findings_about_the_whole_file()
    {
        var sql = new SqlFixture("/* migrate-lint-disable */\nSELECT 1;");
        var missingDown = new Diagnostic(
            TestRules.MissingDownScript, Severity.Warning, "no down script", SourceLocation.WholeFile(sql.Source));

        Assert.True(Assert.Single(sql.Apply(missingDown)).IsSuppressed);
    }

    [Fact]
    public void A_disable_between_statements_covers_only_what_follows()
    {
        var sql = new SqlFixture("""
            DROP TABLE a;
            -- migrate-lint-disable ban-drop-table
            DROP TABLE b;
            DROP TABLE c;
            """);

        var result = sql.Apply(
            sql.Finding(TestRules.BanDropTable, "DROP TABLE a"),
            sql.Finding(TestRules.BanDropTable, "DROP TABLE b"),
            sql.Finding(TestRules.BanDropTable, "DROP TABLE c"));

        Assert.Equal([false, true, true], result.Select(finding => finding.IsSuppressed));
        Assert.Equal(DirectiveKind.DisableRange, sql.Set.Directives.Single().Kind);
    }

    [Fact]
    public void An_enable_ends_the_range()
    {
        var sql = new SqlFixture("""
            SELECT 1;
            -- migrate-lint-disable ban-drop-table
            DROP TABLE b;
            -- migrate-lint-enable ban-drop-table
            DROP TABLE c;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE b"), sql.Finding(TestRules.BanDropTable, "DROP TABLE c"));

        Assert.Equal([true, false], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void An_enable_also_ends_a_disable_at_the_top_of_the_file()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable
            DROP TABLE a;
            -- migrate-lint-enable
            DROP TABLE b;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"), sql.Finding(TestRules.BanDropTable, "DROP TABLE b"));

        Assert.Equal([true, false], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void Enabling_one_rule_keeps_the_others_disabled()
    {
        var sql = new SqlFixture("""
            SELECT 1;
            -- migrate-lint-disable
            SELECT 2;
            -- migrate-lint-enable ban-drop-table
            DROP TABLE t;
            ALTER TABLE u DROP COLUMN c;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE t"), sql.Finding(TestRules.BanDropColumn, "DROP COLUMN c"));

        Assert.Equal([false, true], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void Enabling_another_rule_does_not_end_the_range()
    {
        var sql = new SqlFixture("""
            SELECT 1;
            -- migrate-lint-disable ban-drop-table
            -- migrate-lint-enable ban-drop-column
            DROP TABLE t;
            """);

        Assert.True(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE t"))[0].IsSuppressed);
    }

    [Fact]
    public void A_second_disable_after_an_enable_starts_a_new_range()
    {
        var sql = new SqlFixture("""
            SELECT 1;
            -- migrate-lint-disable ban-drop-table
            DROP TABLE a;
            -- migrate-lint-enable
            DROP TABLE b;
            -- migrate-lint-disable ban-drop-table
            DROP TABLE c;
            """);

        var result = sql.Apply(
            sql.Finding(TestRules.BanDropTable, "DROP TABLE a"),
            sql.Finding(TestRules.BanDropTable, "DROP TABLE b"),
            sql.Finding(TestRules.BanDropTable, "DROP TABLE c"));

        Assert.Equal([true, false, true], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void An_enable_is_never_reported_as_unused()
    {
        var sql = new SqlFixture("SELECT 1;\n-- migrate-lint-enable ban-drop-table\n");

        Assert.Empty(sql.Apply());
    }

    [Fact]
    public void The_most_specific_directive_is_recorded()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable ban-drop-table -- whole file
            -- migrate-lint-disable-next-line ban-drop-table -- this one
            DROP TABLE a;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"));

        Assert.Equal("this one", Assert.Single(result).Suppression?.Justification);
    }
}
