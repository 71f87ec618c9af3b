using System.Text.Json;

namespace Migrations.Lint.Tool.Tests.Runner;

/// <summary>
/// A real <c>apply</c> process killed while a migration runs: the next runs must see the state as it is
/// and must not wait for a lock the dead process held.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class KilledApplyTests(DatabaseCluster cluster)
{
    /// <summary>
    /// The slow migrations sleep for as long as this database setting says (no time when unset), so the
    /// test can make the first run hang and the next runs finish, without editing files the history checks.
    /// </summary>
    private const string SleepSetting = "migrate_lint_test.sleep_seconds";

    private const string Sleep = $"SELECT pg_sleep(current_setting('{SleepSetting}', true)::float);\n";

    [Fact]
    public async Task A_transactional_migration_killed_mid_run_leaves_no_trace_and_applies_on_the_next_run()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = new TempDirectory();
        files.Write("V1__create_accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        files.Write("U1__create_accounts.sql", "DROP TABLE accounts;\n");
        files.Write("V2__create_orders_slowly.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n" + Sleep);
        files.Write("U2__create_orders_slowly.sql", "DROP TABLE orders;\n");

        await ApplyAndKillWhileSleepingAsync(database, files.Path);

        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('orders') IS NOT NULL"));
        Assert.Equal(["1:true"], await HistoryAsync(database));
        Assert.Equal(["1:applied", "2:pending"], await StatesAsync(database, files.Path));

        var next = await RunningTool.RunAsync("apply", files.Path, "--connection", database, "--lock-wait", "10s");
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.True(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('orders') IS NOT NULL"));
        Assert.Equal(["1:true", "2:true"], await HistoryAsync(database));
    }

    [Fact]
    public async Task A_concurrent_index_migration_killed_mid_run_stays_dirty_until_repaired()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = new TempDirectory();
        files.Write("V1__create_accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n");
        files.Write("U1__create_accounts.sql", "DROP TABLE accounts;\n");
        files.Write("V2__index_accounts_email.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_email ON accounts (email);\n" + Sleep);
        files.Write("U2__index_accounts_email.sql", "DROP INDEX CONCURRENTLY IF EXISTS accounts_email;\n");

        await ApplyAndKillWhileSleepingAsync(database, files.Path);

        // The index statement had finished before the kill: outside a transaction, it stays.
        Assert.True(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'accounts_email'::regclass"));
        Assert.Equal(["1:true", "2:false"], await HistoryAsync(database));
        Assert.Equal(["1:applied", "2:failed"], await StatesAsync(database, files.Path));

        var refused = await RunningTool.RunAsync("apply", files.Path, "--connection", database, "--lock-wait", "10s");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("failed or was interrupted earlier and left the database dirty", refused.Error, StringComparison.Ordinal);

        var repair = await RunningTool.RunAsync("repair", files.Path, "--connection", database);
        Assert.True(repair.ExitCode == 0, repair.Error);
        var next = await RunningTool.RunAsync("apply", files.Path, "--connection", database, "--lock-wait", "10s");
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(["1:true", "2:true"], await HistoryAsync(database));
    }

    /// <summary>
    /// Starts <c>apply</c> with the sleep switched on, kills it once the server runs the sleep, then
    /// switches the sleep off for the runs that follow (they connect afresh and read the setting anew).
    /// </summary>
    private static async Task ApplyAndKillWhileSleepingAsync(string database, string folder)
    {
        var name = await DatabaseCluster.ScalarAsync<string>(database, "SELECT current_database()");
        await DatabaseCluster.ExecuteAsync(database, $"ALTER DATABASE \"{name}\" SET {SleepSetting} = 60");
        using (var apply = RunningTool.Start("apply", folder, "--connection", database))
        {
            await WaitUntilSleepingAsync(database, apply);
            apply.Kill();
            await apply.WaitAsync();
        }

        await DatabaseCluster.ExecuteAsync(database, $"ALTER DATABASE \"{name}\" RESET {SleepSetting}");
    }

    private static async Task WaitUntilSleepingAsync(string database, RunningTool apply)
    {
        const string sleeping = """
            SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                           WHERE datname = current_database() AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid())
            """;
        for (var polls = 0; polls < 600 && !apply.HasExited; polls++)
        {
            if (await DatabaseCluster.ScalarAsync<bool>(database, sleeping))
            {
                return;
            }

            await Task.Delay(50);
        }

        var run = await apply.WaitAsync();
        Assert.Fail($"the migration never started sleeping; apply exited {run.ExitCode}: {run.Error}");
    }

    private static async Task<List<string>> HistoryAsync(string database)
    {
        return [.. await DatabaseCluster.ScalarAsync<string[]>(
            database, "SELECT coalesce(array_agg(version || ':' || success ORDER BY installed_rank), '{}') FROM migrate_lint_history")];
    }

    private static async Task<List<string>> StatesAsync(string database, string folder)
    {
        var status = await RunningTool.RunAsync("status", folder, "--connection", database, "--format", "json");
        Assert.True(status.ExitCode == 0, status.Error);
        using var json = JsonDocument.Parse(status.Output);
        return
        [
            .. json.RootElement.GetProperty("migrations").EnumerateArray()
                .Select(entry => $"{entry.GetProperty("version").GetString()}:{entry.GetProperty("state").GetString()}"),
        ];
    }
}
