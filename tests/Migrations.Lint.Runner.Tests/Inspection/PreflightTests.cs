using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Runner.Tests.Infrastructure;
using Npgsql;

namespace Migrations.Lint.Runner.Tests.Inspection;

[Collection(PostgresCollection.Name)]
public sealed class PreflightTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_quiet_database_passes_and_reports_version_and_pending_migrations()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);").Add("V2__b.sql", "CREATE TABLE b (id int);");

        var report = await new DatabaseInspector(database.Settings).PreflightAsync(files.Discover(), TimeSpan.FromSeconds(30));

        Assert.True(report.Passed);
        Assert.Equal(2, report.PendingMigrations);
        Assert.StartsWith("15", report.ServerVersion, StringComparison.Ordinal);
        Assert.False(await database.TableExistsAsync("migrate_lint_history"));
    }

    [Fact]
    public async Task A_transaction_open_longer_than_the_threshold_fails_it()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await using var holder = await database.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var statement = new NpgsqlCommand("SELECT 1", holder, transaction))
        {
            await statement.ExecuteScalarAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var report = await new DatabaseInspector(database.Settings).PreflightAsync([], TimeSpan.FromSeconds(1));

        Assert.False(report.Passed);
        var open = Assert.Single(report.LongTransactions);
        Assert.Equal((holder.ProcessID, "idle in transaction", "SELECT 1"), (open.Pid, open.State, open.Query));
        Assert.True(open.Age >= TimeSpan.FromSeconds(1), open.Age.ToString());
    }

    [Fact]
    public async Task A_session_waiting_for_a_lock_fails_it_naming_both_sessions_and_the_table()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE accounts (id int)");
        await using var holder = await database.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        await using var waiter = await database.OpenAsync();
        await using var blockedQuery = new NpgsqlCommand("SELECT count(*) FROM accounts", waiter);
        var blocked = blockedQuery.ExecuteScalarAsync();
        await WaitUntilBlockedAsync(database, waiter.ProcessID);

        var report = await new DatabaseInspector(database.Settings).PreflightAsync([], TimeSpan.FromMinutes(5));
        await transaction.RollbackAsync();
        await blocked;

        Assert.False(report.Passed);
        Assert.Empty(report.LongTransactions);
        var wait = Assert.Single(report.BlockingLocks);
        Assert.Equal(
            (waiter.ProcessID, holder.ProcessID, "relation", "AccessShareLock", "accounts", "SELECT count(*) FROM accounts"),
            (wait.BlockedPid, wait.BlockingPid, wait.LockType, wait.Mode, wait.Relation, wait.BlockedQuery));
    }

    private static async Task WaitUntilBlockedAsync(TestDatabase database, int pid)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await database.ScalarAsync<bool>($"SELECT cardinality(pg_blocking_pids({pid})) > 0"))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"pid {pid} never waited for the lock");
    }
}
