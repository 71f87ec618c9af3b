using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Suppressions;

public sealed class DirectiveProblemTests
{
    [Fact]
    public void A_directive_for_every_rule_that_silences_nothing_is_reported_on_the_comment()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line
            SELECT 1;
            """);

        var unused = Assert.Single(sql.Apply());

        Assert.Same(TestRules.UnusedSuppression, unused.Rule);
        Assert.Equal(Severity.Warning, unused.Severity);
        Assert.Equal("migrate-lint-disable-next-line silences no finding", unused.Message);
        Assert.Equal("-- migrate-lint-disable-next-line", sql.TextOf(unused));
        Assert.Equal(new LinePosition(1, 1), unused.Location.Start);
        Assert.False(unused.IsSuppressed);
    }

    [Fact]
    public void A_named_directive_that_silences_nothing_lists_its_rules()
    {
        var sql = new SqlFixture("""
            SELECT 1;
            -- migrate-lint-disable-next-line ban-drop-table, MIG011 , prefer-text
            SELECT 2;
            """);

        var unused = Assert.Single(sql.Apply());

        Assert.Equal("migrate-lint-disable-next-line silences no 'ban-drop-table', 'MIG011' or 'prefer-text' finding", unused.Message);
        Assert.Equal(new LinePosition(2, 1), unused.Location.Start);
    }

    [Fact]
    public void A_rule_name_that_silences_nothing_is_reported_on_the_name()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-table, ban-drop-column
            DROP TABLE t;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"));

        Assert.True(result[0].IsSuppressed);
        var unused = result[1];
        Assert.Equal("migrate-lint-disable-next-line silences no 'ban-drop-column' finding", unused.Message);
        Assert.Equal("ban-drop-column", sql.TextOf(unused));
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Unused_range_and_line_directives_are_reported()
    {
        var sql = new SqlFixture("""
            SELECT 1; -- migrate-lint-disable-line ban-drop-table
            -- migrate-lint-disable prefer-text
            SELECT 2;
            """);

        Assert.Equal(
            [
                "migrate-lint-disable-line silences no 'ban-drop-table' finding",
                "migrate-lint-disable silences no 'prefer-text' finding",
            ],
            sql.Apply().Select(problem => problem.Message));
    }

    [Fact]
    public void An_unknown_rule_is_reported_with_a_suggestion_and_silences_nothing()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-tabel
            DROP TABLE t;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"));

        Assert.False(result[0].IsSuppressed);
        var unknown = Assert.Single(result, problem => problem.Rule == TestRules.UnknownRule);
        Assert.Equal("unknown rule 'ban-drop-tabel' in migrate-lint-disable-next-line (did you mean 'ban-drop-table'?)", unknown.Message);
        Assert.Equal("ban-drop-tabel", sql.TextOf(unknown));
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void An_unknown_rule_beside_a_used_one_is_still_reported()
    {
        var sql = new SqlFixture("""
            DROP TABLE t; -- migrate-lint-disable-line ban-drop-table, frobnicate
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"));

        Assert.True(result[0].IsSuppressed);
        Assert.Equal("unknown rule 'frobnicate' in migrate-lint-disable-line", result[1].Message);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void An_unknown_rule_in_an_enable_is_reported()
    {
        var sql = new SqlFixture("SELECT 1;\n-- migrate-lint-enable ban-drop-tabl\n");

        Assert.Equal(
            "unknown rule 'ban-drop-tabl' in migrate-lint-enable (did you mean 'ban-drop-table'?)",
            Assert.Single(sql.Apply()).Message);
    }

    [Fact]
    public void Syntax_errors_are_never_silenced()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable
            DROP TABEL t;
            """);

        var result = sql.Apply(sql.Finding(TestRules.SyntaxError, "TABEL"), sql.Finding(TestRules.BanDropTable, "DROP"));

        Assert.False(result[0].IsSuppressed);
        Assert.True(result[1].IsSuppressed);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Naming_syntax_error_is_reported()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line syntax-error
            DROP TABEL t;
            """);

        var result = sql.Apply(sql.Finding(TestRules.SyntaxError, "TABEL"));

        Assert.False(result[0].IsSuppressed);
        var problem = result[1];
        Assert.Same(TestRules.UnusedSuppression, problem.Rule);
        Assert.Equal("syntax-error findings cannot be suppressed", problem.Message);
        Assert.Equal("syntax-error", sql.TextOf(problem));
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Findings_of_other_files_and_already_suppressed_findings_pass_through()
    {
        var sql = new SqlFixture("-- migrate-lint-disable\nDROP TABLE t;");
        var other = new SourceText("-- migrate-lint-disable\nDROP TABLE t;", "V3__other.sql");
        var otherFinding = new Diagnostic(TestRules.BanDropTable, Severity.Error, "drop", new SourceLocation(other, new TextSpan(24, 4)));
        var alreadySuppressed = sql.Finding(TestRules.BanDropTable, "DROP") with { Suppression = new("by the baseline", null) };

        var result = sql.Apply(otherFinding, alreadySuppressed);

        Assert.Same(otherFinding, result[0]);
        Assert.Same(alreadySuppressed, result[1]);
        Assert.Equal("migrate-lint-disable silences no finding", result[2].Message);
    }

    [Fact]
    public void Applying_twice_gives_the_same_result()
    {
        var sql = new SqlFixture("-- migrate-lint-disable-next-line ban-drop-table, prefer-text\nDROP TABLE t;");
        var finding = sql.Finding(TestRules.BanDropTable, "DROP TABLE");

        var first = sql.Apply(finding);
        var second = sql.Apply(finding);

        Assert.Equal(first, second);
        Assert.Equal(2, first.Count);
    }
}
