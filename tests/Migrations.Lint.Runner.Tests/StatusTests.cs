using Migrations.Lint.Runner.History;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class StatusTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Status_before_anything_ran_lists_every_migration_as_pending_without_creating_the_history()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "SELECT 1;").Add("V2__b.sql", "SELECT 2;");

        var status = await database.Runner().StatusAsync(files.Discover());

        Assert.Equal([("1", MigrationState.Pending), ("2", MigrationState.Pending)], status.Select(entry => (entry.Version, entry.State)));
        Assert.False(await database.TableExistsAsync("migrate_lint_history"));
    }

    [Fact]
    public async Task Status_reports_applied_pending_changed_missing_and_repeatable_states()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__a.sql", "CREATE TABLE a (id int);")
            .Add("V2__b.sql", "CREATE TABLE b (id int);")
            .Add("V3__c.sql", "CREATE TABLE c (id int);")
            .Add("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;");
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());
        files.Remove("V3__c.sql")
            .Add("V2__b.sql", "CREATE TABLE b (id bigint);")
            .Add("V4__d.sql", "CREATE TABLE d (id int);")
            .Add("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT 1 AS one, 2 AS two;");

        var status = await runner.StatusAsync(files.Discover());

        Assert.Equal(
            [
                ("1", HistoryEntryType.Versioned, MigrationState.Applied),
                ("2", HistoryEntryType.Versioned, MigrationState.ChecksumChanged),
                ("3", HistoryEntryType.Versioned, MigrationState.MissingOnDisk),
                ("4", HistoryEntryType.Versioned, MigrationState.Pending),
                (null, HistoryEntryType.Repeatable, MigrationState.Pending),
            ],
            status.Select(entry => (entry.Version, entry.Type, entry.State)));
        Assert.NotNull(status[0].InstalledOn);
        Assert.Null(status[3].InstalledOn);
        Assert.EndsWith("V3__c.sql", status[2].Script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_lists_checksum_drift_and_apply_refuses_to_run_past_it()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);").Add("V2__b.sql", "CREATE TABLE b (id int);");
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var clean = await runner.ValidateAsync(files.Discover());
        files.Add("V2__b.sql", "CREATE TABLE b (id int); -- edited after it ran").Add("V3__c.sql", "CREATE TABLE c (id int);");
        var drifted = await runner.ValidateAsync(files.Discover());
        var error = await Assert.ThrowsAsync<RunnerException>(() => runner.ApplyAsync(files.Discover(), new ApplyRequest()));

        Assert.True(clean.IsValid);
        var drift = Assert.Single(drifted.Drift);
        Assert.Equal("2", drift.Version);
        Assert.Equal(History.ScriptChecksum.Compute("CREATE TABLE b (id int);"), drift.AppliedChecksum);
        Assert.Equal(History.ScriptChecksum.Compute("CREATE TABLE b (id int); -- edited after it ran"), drift.CurrentChecksum);
        Assert.Equal(RunnerErrorKind.Refused, error.Kind);
        Assert.Contains("applied migration 2", error.Message, StringComparison.Ordinal);
        Assert.False(await database.TableExistsAsync("c"));
    }

    [Fact]
    public async Task A_pending_migration_older_than_the_newest_applied_one_is_out_of_order()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);").Add("V3__c.sql", "CREATE TABLE c (id int);");
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());
        files.Add("V2__b.sql", "CREATE TABLE b (id int);");

        var status = await runner.StatusAsync(files.Discover());
        var refused = await Assert.ThrowsAsync<RunnerException>(() => runner.ApplyAsync(files.Discover(), new ApplyRequest()));
        var allowed = await database.Runner(TestDatabase.FastOptions with { OutOfOrder = true }).ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal(MigrationState.OutOfOrder, status.Single(entry => entry.Version == "2").State);
        Assert.Equal(RunnerErrorKind.Refused, refused.Kind);
        Assert.Contains("V2__b.sql", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["2"], allowed.Migrations.Select(migration => migration.Version));
        Assert.True(await database.TableExistsAsync("b"));
    }

    [Fact]
    public async Task The_history_table_name_and_schema_are_configurable_and_quoted()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);");
        var options = TestDatabase.FastOptions with { HistoryTable = new HistoryTableName("Deploy Schema", "Migration \"History\"") };

        var result = await database.Runner(options).ApplyAsync(files.Discover(), new ApplyRequest());
        var status = await database.Runner(options).StatusAsync(files.Discover());

        Assert.True(result.Succeeded);
        Assert.Equal(MigrationState.Applied, Assert.Single(status).State);
        Assert.Equal(["1:versioned:true"], await database.HistoryAsync("\"Deploy Schema\".\"Migration \"\"History\"\"\""));
        Assert.False(await database.TableExistsAsync("migrate_lint_history"));
    }
}
