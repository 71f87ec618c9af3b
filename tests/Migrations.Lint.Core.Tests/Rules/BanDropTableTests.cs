using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BanDropTableTests
{
    [Theory]
    [InlineData("[|DROP TABLE legacy_sessions|];")]
    [InlineData("[|DROP TABLE IF EXISTS a, b CASCADE|];")]
    [InlineData("SELECT 1;\n[|drop table \"Old\"|]")]
    public void Reports_drop_table(string sql) => RuleAssert.Reports<BanDropTable>(sql);

    [Theory]
    [InlineData("DROP INDEX CONCURRENTLY idx;")]
    [InlineData("DROP VIEW v;")]
    [InlineData("ALTER TABLE t DROP COLUMN c;")]
    public void Silent_for_other_drops(string sql) => RuleAssert.Silent<BanDropTable>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<BanDropTable>("DROP TABLE users;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("[|DROP TABLE dbo.Users|];")]
    [InlineData("[|DROP TABLE IF EXISTS [dbo].[Users], Orders|]\nGO")]
    [InlineData("IF OBJECT_ID(N'dbo.Users') IS NOT NULL\n    [|DROP TABLE dbo.Users|];")]
    public void Reports_tsql_drop_table(string sql) => RuleAssert.ReportsTSql<BanDropTable>(sql);

    [Theory]
    [InlineData("DROP VIEW dbo.ActiveUsers;")]
    [InlineData("DROP INDEX IX_Users_Email ON dbo.Users;")]
    public void Silent_tsql_for_other_objects(string sql) => RuleAssert.SilentTSql<BanDropTable>(sql);

    [Fact]
    public void Silent_tsql_in_down_scripts() =>
        RuleAssert.SilentTSql<BanDropTable>("DROP TABLE dbo.Users;", MigrationDirection.Down);
}
