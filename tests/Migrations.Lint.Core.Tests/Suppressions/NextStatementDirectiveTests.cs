using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Suppressions;

namespace Migrations.Lint.Core.Tests.Suppressions;

public sealed class NextStatementDirectiveTests
{
    [Fact]
    public void Silences_the_named_rule_in_the_whole_next_statement_across_lines()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-table
            DROP TABLE
                users;
            DROP TABLE orders;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "users"), sql.Finding(TestRules.BanDropTable, "orders"));

        Assert.True(result[0].IsSuppressed);
        Assert.False(result[1].IsSuppressed);
        Assert.Equal(2, result.Count);
    }

    [Theory]
    [InlineData("MIG010")]
    [InlineData("mig010")]
    [InlineData("BAN-DROP-TABLE")]
    public void Names_a_rule_by_code_or_in_any_case(string written)
    {
        var sql = new SqlFixture($"-- migrate-lint-disable-next-line {written}\nDROP TABLE users;");

        Assert.True(Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))).IsSuppressed);
    }

    [Fact]
    public void Leaves_other_rules_reported()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-column
            CREATE INDEX users_email ON users (email);
            """);

        var result = sql.Apply(sql.Finding(TestRules.RequireConcurrentIndex, "CREATE INDEX"));

        Assert.False(result[0].IsSuppressed);
    }

    [Fact]
    public void Without_rule_names_silences_every_rule()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line
            ALTER TABLE users DROP COLUMN email, ADD COLUMN id int;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN"), sql.Finding(TestRules.PreferBigint, "id int"));

        Assert.All(result, finding => Assert.True(finding.IsSuppressed));
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Takes_several_names_separated_by_commas_or_spaces()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-column,prefer-bigint  require-concurrent-index
            ALTER TABLE users DROP COLUMN email, ADD COLUMN id int;
            """);

        var result = sql.Apply(
            sql.Finding(TestRules.BanDropColumn, "DROP COLUMN"),
            sql.Finding(TestRules.PreferBigint, "id int"),
            sql.Finding(TestRules.BanDropTable, "ALTER TABLE"));

        Assert.Equal([true, true, false], result.Take(3).Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void Records_the_directive_and_its_justification()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-table -- emptied and unused since V12
            DROP TABLE legacy_users;
            """);

        var suppression = Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))).Suppression;

        Assert.NotNull(suppression);
        Assert.Equal("-- migrate-lint-disable-next-line ban-drop-table -- emptied and unused since V12", suppression.Directive);
        Assert.Equal("emptied and unused since V12", suppression.Justification);
    }

    [Fact]
    public void Without_a_justification_records_none()
    {
        var sql = new SqlFixture("-- migrate-lint-disable-next-line ban-drop-table --  \nDROP TABLE legacy_users;");

        Assert.Null(Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))).Suppression!.Justification);
    }

    [Fact]
    public void Skips_comments_and_blank_lines_before_the_statement()
    {
        var sql = new SqlFixture("""
            -- migrate-lint-disable-next-line ban-drop-table
            -- The table was replaced by accounts in V7.

            /* reviewed by the DBA */
            DROP TABLE users;
            """);

        Assert.True(Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))).IsSuppressed);
    }

    [Fact]
    public void After_a_statement_on_the_same_line_targets_the_next_statement()
    {
        var sql = new SqlFixture("""
            DROP TABLE a; -- migrate-lint-disable-next-line ban-drop-table
            DROP TABLE b;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"), sql.Finding(TestRules.BanDropTable, "DROP TABLE b"));

        Assert.Equal([false, true], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void Inside_a_statement_targets_that_statement()
    {
        var sql = new SqlFixture("""
            ALTER TABLE users
            -- migrate-lint-disable-next-line ban-drop-column
                DROP COLUMN email;
            ALTER TABLE orders DROP COLUMN note;
            """);

        var result = sql.Apply(sql.Finding(TestRules.BanDropColumn, "DROP COLUMN email"), sql.Finding(TestRules.BanDropColumn, "DROP COLUMN note"));

        Assert.Equal([true, false], result.Select(finding => finding.IsSuppressed));
    }

    [Fact]
    public void A_block_comment_works_like_a_line_comment()
    {
        var sql = new SqlFixture("""
            /* migrate-lint-disable-next-line ban-drop-table -- archived to S3 first */
            DROP TABLE audit_2019;
            """);

        var finding = Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE")));

        Assert.Equal("archived to S3 first", finding.Suppression?.Justification);
        Assert.Equal("/* migrate-lint-disable-next-line ban-drop-table -- archived to S3 first */", finding.Suppression?.Directive);
    }

    [Fact]
    public void A_multi_line_block_comment_works()
    {
        var sql = new SqlFixture("""
            /*
               migrate-lint-disable-next-line
                 ban-drop-table,
                 ban-drop-column
            */
            DROP TABLE audit_2019;
            """);

        Assert.True(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))[0].IsSuppressed);
        Assert.Equal(["ban-drop-table", "ban-drop-column"], sql.Set.Directives.Single().RuleNames.Select(name => name.Written));
    }

    [Fact]
    public void At_the_end_of_the_file_silences_nothing()
    {
        var sql = new SqlFixture("DROP TABLE a;\n-- migrate-lint-disable-next-line ban-drop-table\n");

        var result = sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE a"));

        Assert.False(result[0].IsSuppressed);
        Assert.Equal("migrate-lint-disable-next-line silences no 'ban-drop-table' finding", result[1].Message);
    }

    [Theory]
    [InlineData("-- migrate-lint-disabled ban-drop-table")]
    [InlineData("-- see migrate-lint-disable-next-line in the docs")]
    [InlineData("-- MIGRATE-LINT-DISABLE-NEXT-LINE ban-drop-table")]
    [InlineData("-- migrate-lint-disable-next-line-please ban-drop-table")]
    public void Ordinary_comments_are_not_directives(string comment)
    {
        var sql = new SqlFixture($"{comment}\nDROP TABLE users;");

        Assert.Empty(sql.Set.Directives);
        Assert.False(Assert.Single(sql.Apply(sql.Finding(TestRules.BanDropTable, "DROP TABLE"))).IsSuppressed);
    }
}
