using System.Globalization;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Runner.History;
using Migrations.Lint.Runner.Tests.Infrastructure;
using Npgsql;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class LockTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_lock_timeout_is_retried_with_backoff_until_the_blocking_session_lets_go()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE busy (id int)");
        using var files = new MigrationDirectory().Add("V1__add_column.sql", "ALTER TABLE busy ADD COLUMN note text;");
        var log = new StringWriter(CultureInfo.InvariantCulture);
        await using var blocker = await database.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE", blocker).ExecuteNonQueryAsync();

        var apply = database.Runner(log: new MigrationEventLog(log, database.Settings)).ApplyAsync(files.Discover(), new ApplyRequest());
        await WaitUntilASessionWaitsAsync(database);

        // Longer than the 200 ms lock timeout: the first attempt has certainly given up.
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await blocking.RollbackAsync();
        var result = await apply;

        var applied = Assert.Single(result.Migrations);
        Assert.Equal(MigrationOutcome.Applied, applied.Outcome);
        Assert.InRange(applied.Attempts, 2, 4);
        Assert.Contains("\"event\":\"retry\"", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"sqlstate\":\"55P03\"", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'busy' AND column_name = 'note'"));
    }

    [Fact]
    public async Task A_lock_that_is_never_released_fails_the_migration_after_the_last_retry()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE busy (id int)");
        using var files = new MigrationDirectory().Add("V1__add_column.sql", "ALTER TABLE busy ADD COLUMN note text;");
        await using var blocker = await database.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE", blocker).ExecuteNonQueryAsync();

        var result = await database.Runner(TestDatabase.FastOptions with { LockRetries = 2 }).ApplyAsync(files.Discover(), new ApplyRequest());

        var failed = result.Failure!;
        Assert.Equal(3, failed.Attempts);
        Assert.Equal("55P03", failed.Failure!.SqlState);
        Assert.Empty(await database.HistoryAsync());
    }

    [Fact]
    public async Task A_concurrent_index_build_that_timed_out_drops_its_invalid_index_and_tries_again()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE t (v int)");
        using var files = new MigrationDirectory().Add("V1__index.sql", "CREATE INDEX CONCURRENTLY t_v_idx ON t (v);");
        await using var writer = await database.OpenAsync();
        await using var writing = await writer.BeginTransactionAsync();
        await new NpgsqlCommand("INSERT INTO t VALUES (1)", writer).ExecuteNonQueryAsync();

        var apply = database.Runner(TestDatabase.FastOptions with { LockRetryDelay = TimeSpan.FromSeconds(1) })
            .ApplyAsync(files.Discover(), new ApplyRequest());
        await WaitUntilASessionWaitsAsync(database);
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await writing.CommitAsync();
        var result = await apply;

        var applied = Assert.Single(result.Migrations);
        Assert.Equal((MigrationOutcome.Applied, 2), (applied.Outcome, applied.Attempts));
        Assert.True(await database.ScalarAsync<bool>("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_idx'::regclass"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
    }

    [Fact]
    public async Task Concurrent_runs_apply_each_migration_exactly_once()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__a.sql", "CREATE TABLE a (id int); SELECT pg_sleep(0.3);")
            .Add("V2__b.sql", "CREATE TABLE b (id int); SELECT pg_sleep(0.3);")
            .Add("V3__c.sql", "CREATE INDEX CONCURRENTLY a_id ON a (id);");
        var migrations = files.Discover();

        var results = await Task.WhenAll(
            Task.Run(() => database.Runner().ApplyAsync(migrations, new ApplyRequest())),
            Task.Run(() => database.Runner().ApplyAsync(migrations, new ApplyRequest())));

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Equal(3, results.Sum(result => result.Migrations.Count));
        Assert.Equal(["1:versioned:true", "2:versioned:true", "3:versioned:true"], await database.HistoryAsync());
    }

    [Fact]
    public async Task Giving_up_on_the_migration_lock_names_the_session_that_holds_it()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);");
        await using var holder = new NpgsqlConnection(database.ConnectionString + ";Application Name=deploy-bot");
        await holder.OpenAsync();
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", holder);
        take.Parameters.AddWithValue("key", HistoryTableName.Default.LockKey);
        await take.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<RunnerException>(() =>
            database.Runner(TestDatabase.FastOptions with { LockWait = TimeSpan.FromMilliseconds(300) }).ApplyAsync(files.Discover(), new ApplyRequest()));

        Assert.Equal(RunnerErrorKind.LockNotAcquired, error.Kind);
        Assert.Contains($"pid {holder.ProcessID}", error.Message, StringComparison.Ordinal);
        Assert.Contains("application_name 'deploy-bot'", error.Message, StringComparison.Ordinal);
        Assert.Contains("gave up after 300ms", error.Message, StringComparison.Ordinal);
        Assert.False(await database.TableExistsAsync("a"));
    }

    [Fact]
    public async Task A_zero_lock_wait_gives_up_at_once()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);");
        await using var holder = await database.OpenAsync();
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", holder);
        take.Parameters.AddWithValue("key", HistoryTableName.Default.LockKey);
        await take.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<RunnerException>(() =>
            database.Runner(TestDatabase.FastOptions with { LockWait = TimeSpan.Zero }).ApplyAsync(files.Discover(), new ApplyRequest()));

        Assert.Equal(RunnerErrorKind.LockNotAcquired, error.Kind);
        Assert.Contains($"pid {holder.ProcessID}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_runs_create_the_history_table_once()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        var table = new HistoryTable(new HistoryTableName("audit", "history"));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var connection = await database.OpenAsync();
            await table.EnsureCreatedAsync(connection, CancellationToken.None);
        })));

        Assert.True(await database.TableExistsAsync("audit.history"));
    }

    /// <summary>Tests in the collection run one at a time, so any waiting lock in the cluster is the runner's.</summary>
    private static async Task WaitUntilASessionWaitsAsync(TestDatabase database)
    {
        for (var polls = 0; polls < 200; polls++)
        {
            if (await database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted)"))
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("no session waited for a lock");
    }
}
