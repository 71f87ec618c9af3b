using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RequireConcurrentDetachTests
{
    [Theory]
    [InlineData("ALTER TABLE events [|DETACH PARTITION events_2020|];")]
    [InlineData("alter table if exists app.\"Events\" [|detach partition app.events_2020|]")]
    [InlineData("CREATE TABLE logs (id int) PARTITION BY RANGE (id);\nALTER TABLE events [|DETACH PARTITION events_2020|];")]
    public void Reports_detach_without_concurrently(string sql) => RuleAssert.Reports<RequireConcurrentDetach>(sql);

    [Theory]
    [InlineData(14)]
    [InlineData(17)]
    public void Reports_from_postgres_14(int version) =>
        RuleAssert.Reports<RequireConcurrentDetach>("ALTER TABLE events [|DETACH PARTITION events_2020|];", new LintSettings(PgVersion: version));

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RequireConcurrentDetach>("ALTER TABLE events [|DETACH PARTITION events_2020|];", direction: MigrationDirection.Down);

    [Fact]
    public void Reports_message_naming_partition_and_table() =>
        Assert.Equal(
            ["Detaching partition 'events_2020' from 'app.events' without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on 'app.events': every read and write of the table waits."],
            RuleAssert.Messages<RequireConcurrentDetach>("ALTER TABLE App.Events DETACH PARTITION events_2020;", LintSettings.Default));

    [Theory]
    [InlineData("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;")]
    [InlineData("ALTER TABLE events DETACH PARTITION events_2020 FINALIZE;")]
    [InlineData("ALTER TABLE events ATTACH PARTITION events_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');")]
    [InlineData("CREATE TABLE events (at date) PARTITION BY RANGE (at);\nALTER TABLE Events DETACH PARTITION events_2020;")]
    public void Silent_when_concurrent_finalize_or_new_table(string sql) => RuleAssert.Silent<RequireConcurrentDetach>(sql);

    [Theory]
    [InlineData(10)]
    [InlineData(13)]
    public void Silent_before_postgres_14(int version) =>
        RuleAssert.Silent<RequireConcurrentDetach>("ALTER TABLE events DETACH PARTITION events_2020;", new LintSettings(PgVersion: version));
}
