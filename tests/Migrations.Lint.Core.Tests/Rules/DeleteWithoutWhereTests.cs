using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class DeleteWithoutWhereTests
{
    [Theory]
    [InlineData("[|DELETE FROM sessions|];")]
    [InlineData("[|delete from only app.\"Sessions\" returning *|]")]
    [InlineData("[|DELETE FROM sessions s USING users u|];")]
    [InlineData("[|WITH gone AS (SELECT id FROM users WHERE deleted) DELETE FROM sessions|];")]
    [InlineData("DELETE FROM sessions WHERE expired;\n[|DELETE FROM audit_log|];")]
    public void Reports_delete_of_every_row(string sql) => RuleAssert.Reports<DeleteWithoutWhere>(sql);

    [Fact]
    public void Reports_a_message_naming_the_table() =>
        Assert.Equal(
            ["DELETE from 'sessions' without WHERE removes every row of the table."],
            RuleAssert.Messages<DeleteWithoutWhere>("DELETE FROM \"sessions\";", LintSettings.Default));

    [Theory]
    [InlineData("DELETE FROM sessions WHERE expires_at < now();")]
    [InlineData("DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.deleted;")]
    [InlineData("WITH gone AS (SELECT id FROM users) DELETE FROM sessions WHERE user_id IN (SELECT id FROM gone);")]
    [InlineData("CREATE TABLE staging (id int);\nDELETE FROM staging;")]
    [InlineData("TRUNCATE sessions;")]
    public void Silent_with_where_or_on_new_table(string sql) => RuleAssert.Silent<DeleteWithoutWhere>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<DeleteWithoutWhere>("DELETE FROM feature_flags;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("[|DELETE FROM dbo.Sessions|];")]
    [InlineData("[|DELETE TOP (500) FROM [dbo].[Sessions]|]\nGO")]
    public void Reports_tsql_delete_without_where(string sql) => RuleAssert.ReportsTSql<DeleteWithoutWhere>(sql);

    [Fact]
    public void Silent_tsql_with_where() => RuleAssert.SilentTSql<DeleteWithoutWhere>("DELETE TOP (500) FROM dbo.Sessions WHERE ExpiresAt < SYSUTCDATETIME();");

    [Fact]
    public void Tsql_top_message_says_arbitrary_rows() =>
        Assert.Equal(
            ["DELETE TOP from 'dbo.Sessions' without WHERE removes arbitrary rows of the table, and every row when repeated."],
            RuleAssert.Messages<DeleteWithoutWhere>("DELETE TOP (500) FROM dbo.Sessions;", dialect: Dialect.SqlServer));
}
