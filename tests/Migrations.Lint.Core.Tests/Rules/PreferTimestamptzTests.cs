using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class PreferTimestamptzTests
{
    [Theory]
    [InlineData("CREATE TABLE orders (created_at [|timestamp|] NOT NULL DEFAULT now());")]
    [InlineData("CREATE TABLE t (a [|timestamp without time zone|], b [|TIMESTAMP(3)|], c [|timestamp(6) without time zone|]);")]
    [InlineData("CREATE TABLE t (history [|timestamp[]|]);")]
    [InlineData("ALTER TABLE orders ADD COLUMN shipped_at [|timestamp|];")]
    [InlineData("ALTER TABLE orders ADD COLUMN a timestamptz, ALTER COLUMN b TYPE [|pg_catalog.timestamp|];")]
    public void Reports_timestamp_without_time_zone(string sql) => RuleAssert.Reports<PreferTimestamptz>(sql);

    [Theory]
    [InlineData("CREATE TABLE orders (a timestamptz, b timestamp with time zone, c timestamp(3) with time zone, d timestamptz(3));")]
    [InlineData("CREATE TABLE t (d date, t time, i interval);")]
    [InlineData("ALTER TABLE orders ALTER COLUMN created_at TYPE timestamptz USING created_at AT TIME ZONE 'UTC';")]
    public void Silent_for_timestamptz_and_other_types(string sql) => RuleAssert.Silent<PreferTimestamptz>(sql);

    [Fact]
    public void Silent_in_down_scripts_which_restore_the_old_type() =>
        RuleAssert.Silent<PreferTimestamptz>("ALTER TABLE orders ALTER COLUMN created_at TYPE timestamp;", direction: MigrationDirection.Down);

    [Fact]
    public void Message_shows_the_type_as_written_by_postgres() =>
        Assert.Equal(
            ["Column 'at' of 'events' is timestamp(3) without time zone, which stores no offset."],
            RuleAssert.Messages<PreferTimestamptz>("CREATE TABLE events (at timestamp(3) without time zone);"));
}
