using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BlockingMaintenanceTests
{
    [Theory]
    [InlineData("[|VACUUM FULL users|];")]
    [InlineData("[|vacuum full verbose analyze public.\"Users\"|]")]
    [InlineData("[|VACUUM (FULL) users|];")]
    [InlineData("[|VACUUM (FULL, ANALYZE) users, orders|];")]
    [InlineData("[|VACUUM FULL|];")]
    [InlineData("CREATE TABLE staging (id int);\n[|VACUUM FULL staging, users|];")]
    public void Reports_vacuum_full(string sql) => RuleAssert.Reports<BlockingMaintenance>(sql);

    [Theory]
    [InlineData("[|CLUSTER users USING users_pkey|];")]
    [InlineData("[|CLUSTER users|];")]
    [InlineData("[|CLUSTER|];")]
    [InlineData("[|cluster verbose app.users using users_created_at_idx|]")]
    public void Reports_cluster(string sql) => RuleAssert.Reports<BlockingMaintenance>(sql);

    [Theory]
    [InlineData("[|REFRESH MATERIALIZED VIEW daily_totals|];")]
    [InlineData("[|refresh materialized view app.\"DailyTotals\" with data|]")]
    [InlineData("[|REFRESH MATERIALIZED VIEW daily_totals WITH NO DATA|];")]
    [InlineData("CREATE VIEW daily_totals AS SELECT 1 AS n;\n[|REFRESH MATERIALIZED VIEW daily_totals|];")]
    [InlineData("[|REFRESH MATERIALIZED VIEW daily_totals|];\nCREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS n;")]
    public void Reports_refresh_without_concurrently(string sql) => RuleAssert.Reports<BlockingMaintenance>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<BlockingMaintenance>("[|VACUUM FULL users|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData(
        "VACUUM FULL orders;",
        "VACUUM FULL rewrites 'orders' under an ACCESS EXCLUSIVE lock: every read and write waits until it finishes.")]
    [InlineData(
        "CLUSTER App.Users USING users_pkey;",
        "CLUSTER rewrites 'app.users' under an ACCESS EXCLUSIVE lock: every read and write of it waits until it finishes.")]
    [InlineData(
        "REFRESH MATERIALIZED VIEW totals;",
        "REFRESH MATERIALIZED VIEW 'totals' without CONCURRENTLY takes an ACCESS EXCLUSIVE lock: every query on the view waits until the refresh ends.")]
    [InlineData(
        "REFRESH MATERIALIZED VIEW totals WITH NO DATA;",
        "REFRESH MATERIALIZED VIEW … WITH NO DATA leaves 'totals' unscannable: every query on it fails until the next refresh.")]
    public void Reports_message_naming_the_relation(string sql, string message) =>
        Assert.Equal([message], RuleAssert.Messages<BlockingMaintenance>(sql, LintSettings.Default));

    [Theory]
    [InlineData("VACUUM users;")]
    [InlineData("VACUUM (ANALYZE, VERBOSE) users;")]
    [InlineData("VACUUM (FULL false) users;")]
    [InlineData("ANALYZE users;")]
    [InlineData("REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;")]
    [InlineData("REINDEX TABLE users;")]
    [InlineData("CREATE TABLE staging (id int);\nVACUUM FULL staging;")]
    [InlineData("CREATE TABLE staging (id int);\nCREATE INDEX i ON staging (id);\nCLUSTER staging USING i;")]
    [InlineData("CREATE MATERIALIZED VIEW app.totals AS SELECT 1 AS n WITH NO DATA;\nREFRESH MATERIALIZED VIEW App.Totals;")]
    public void Silent_for_online_maintenance_and_new_relations(string sql) => RuleAssert.Silent<BlockingMaintenance>(sql);
}
