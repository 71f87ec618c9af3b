using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BanTruncateTests
{
    [Theory]
    [InlineData("[|TRUNCATE sessions|];")]
    [InlineData("[|truncate table only public.\"Sessions\" restart identity|]")]
    [InlineData("[|TRUNCATE TABLE a, b CASCADE|];")]
    [InlineData("CREATE TABLE staging (id int);\n[|TRUNCATE staging, sessions|];")]
    [InlineData("CREATE TABLE staging (id int);\n[|TRUNCATE staging CASCADE|];")]
    [InlineData("[|TRUNCATE staging|];\nCREATE TABLE staging (id int);")]
    public void Reports_truncate(string sql) => RuleAssert.Reports<BanTruncate>(sql);

    [Theory]
    [InlineData("TRUNCATE sessions;", "TRUNCATE deletes every row of 'sessions' permanently.")]
    [InlineData(
        "TRUNCATE orders CASCADE;",
        "TRUNCATE … CASCADE deletes every row of 'orders' and of every table that references it through a foreign key, permanently.")]
    [InlineData(
        "TRUNCATE orders, app.Items CASCADE;",
        "TRUNCATE … CASCADE deletes every row of 'orders', 'app.items' and of every table that references them through a foreign key, permanently.")]
    public void Reports_message_naming_tables_and_cascade(string sql, string message) =>
        Assert.Equal([message], RuleAssert.Messages<BanTruncate>(sql, LintSettings.Default));

    [Theory]
    [InlineData("DELETE FROM sessions WHERE expires_at < now();")]
    [InlineData("CREATE TABLE staging (id int);\nTRUNCATE staging;")]
    [InlineData("CREATE TABLE a (id int);\nCREATE TABLE public.b (id int);\nTRUNCATE TABLE A, b RESTART IDENTITY;")]
    public void Silent_for_delete_and_new_tables(string sql) => RuleAssert.Silent<BanTruncate>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<BanTruncate>("TRUNCATE sessions;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("[|TRUNCATE TABLE dbo.AuditLog|];")]
    [InlineData("[|TRUNCATE TABLE [dbo].[AuditLog]|]\nGO")]
    public void Reports_tsql_truncate(string sql) => RuleAssert.ReportsTSql<BanTruncate>(sql);

    [Fact]
    public void Silent_tsql_for_table_created_in_the_migration() =>
        RuleAssert.SilentTSql<BanTruncate>("CREATE TABLE #Staging (Id int);\nCREATE TABLE dbo.Staging (Id int);\nTRUNCATE TABLE Staging;");

    [Fact]
    public void Tsql_help_names_the_schema_modification_lock() =>
        Assert.Contains("Sch-M", RuleAssert.Helps<BanTruncate>("TRUNCATE TABLE dbo.AuditLog;", dialect: Dialect.SqlServer).Single(), StringComparison.Ordinal);
}
