using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Suppressions;

namespace Migrations.Lint.Core.Tests.Suppressions;

public sealed class LineDirectiveTests
{
    [Fact]
    public void Silences_findings_starting_on_its_line()
    {
        var sql = new SqlFixture("""
            DROP TABLE a; -- migrate-lint-disable-line ban-drop-table
            DROP TABLE b;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"), sql.Finding(TestRules.BanDropTable, "DROP TABLE b"));

        Assert.Equal([true, false], result.Select(finding => finding.IsSuppressed));
        Assert.Equal(DirectiveKind.DisableLine, sql.Set.Directives.Single().Kind);
    }

    [Fact]
    public void Leaves_findings_on_other_lines_of_the_same_statement()
    {
        var sql = new SqlFixture("""
            ALTER TABLE users
                DROP COLUMN email, -- migrate-lint-disable-line ban-drop-column
                DROP COLUMN phone;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN email"), sql.Finding(TestRules.BanDropColumn, "DROP COLUMN phone"));

        Assert.Equal([true, false], result.Take(2).Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void Works_as_a_block_comment_with_a_reason()
    {
        var sql = new SqlFixture("DROP TABLE a; /* migrate-lint-disable-line MIG010 -- fixture table */");

        var finding = Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a")));

        Assert.Equal("fixture table", finding.Suppression?.Justification);
    }

    [Fact]
    public void Without_names_silences_every_rule_on_the_line()
    {
        var sql = new SqlFixture("ALTER TABLE t DROP COLUMN c, ADD COLUMN d int; -- migrate-lint-disable-line");

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN"), sql.Finding(TestRules.PreferBigint, "d int"));

        Assert.All(result, finding => Assert.True(finding.IsSuppressed));
    }
}
