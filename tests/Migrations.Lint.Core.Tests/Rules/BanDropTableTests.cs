using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Tests.Rules;

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
}
