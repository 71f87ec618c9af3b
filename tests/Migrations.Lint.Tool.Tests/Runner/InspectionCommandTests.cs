using System.Text.Json;
using Npgsql;

namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class InspectionCommandTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task Preflight_passes_on_a_quiet_database_and_fails_with_exit_1_on_a_long_transaction()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();

        var quiet = CliRun.Of("preflight", files.Path, "--connection", database);
        Assert.True(quiet.ExitCode == 0, quiet.Output + quiet.Error);
        Assert.Contains("pending migrations  2", quiet.Output, StringComparison.Ordinal);
        Assert.Contains("PREFLIGHT PASSED", quiet.Output, StringComparison.Ordinal);

        await using var holder = new NpgsqlConnection(database);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var statement = new NpgsqlCommand("SELECT 42", holder, transaction))
        {
            await statement.ExecuteScalarAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var busy = CliRun.Of("preflight", files.Path, "--connection", database, "--max-transaction-age", "1s", "--format", "json");

        Assert.Equal(1, busy.ExitCode);
        using var json = JsonDocument.Parse(busy.Output);
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("pendingMigrations").GetInt32());
        var open = Assert.Single(json.RootElement.GetProperty("longTransactions").EnumerateArray());
        Assert.Equal((holder.ProcessID, "SELECT 42"), (open.GetProperty("pid").GetInt32(), open.GetProperty("query").GetString()));
    }

    [Fact]
    public async Task Apply_with_preflight_applies_nothing_while_a_session_waits_for_a_lock()
    {
        var database = await cluster.CreateDatabaseAsync();
        await DatabaseCluster.ExecuteAsync(database, "CREATE TABLE accounts (id int)");
        using var files = FlywayFiles.SafeSet();
        await using var holder = new NpgsqlConnection(database);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        await using var waiter = new NpgsqlConnection(database);
        await waiter.OpenAsync();
        await using var blockedQuery = new NpgsqlCommand("SELECT count(*) FROM accounts", waiter);
        var blocked = blockedQuery.ExecuteScalarAsync();
        for (var attempt = 0; attempt < 200 && !await DatabaseCluster.ScalarAsync<bool>(database, $"SELECT cardinality(pg_blocking_pids({waiter.ProcessID})) > 0"); attempt++)
        {
            await Task.Delay(50);
        }

        var refused = CliRun.Of("apply", files.Path, "--connection", database, "--preflight");
        await transaction.RollbackAsync();
        await blocked;

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("preflight failed", refused.Error, StringComparison.Ordinal);
        Assert.Contains("1 blocked session", refused.Error, StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users') IS NOT NULL"));

        var applied = CliRun.Of("apply", files.Path, "--connection", database, "--preflight");
        Assert.True(applied.ExitCode == 0, applied.Error);
        Assert.True(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users') IS NOT NULL"));
    }

    [Fact]
    public void Preflight_cannot_connect_exits_5()
    {
        using var files = FlywayFiles.SafeSet();
        var run = CliRun.Of("preflight", files.Path, "--connection", $"Host=127.0.0.1;Port={cluster.Cluster.Port};Database=no_such_database;Username=postgres");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("no_such_database", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postflight_warns_on_not_valid_fails_strict_with_3_and_fails_on_an_invalid_index()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        files.Write("V3__manager.sql", "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n");
        files.Write("U3__manager.sql", "ALTER TABLE orders DROP CONSTRAINT orders_user_fk;\n");
        Assert.Equal(0, CliRun.Of("apply", files.Path, "--connection", database).ExitCode);

        var lenient = CliRun.Of("postflight", files.Path, "--connection", database);
        Assert.True(lenient.ExitCode == 0, lenient.Output + lenient.Error);
        Assert.Contains("ALTER TABLE public.orders VALIDATE CONSTRAINT \"orders_user_fk\";", lenient.Output, StringComparison.Ordinal);
        Assert.Matches("schema checksum +[0-9a-f]{64}", lenient.Output);

        Assert.Equal(3, CliRun.Of("postflight", files.Path, "--connection", database, "--strict").ExitCode);

        await DatabaseCluster.ExecuteAsync(database, "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk; INSERT INTO users VALUES (1, 'a'), (2, 'a');");
        await Assert.ThrowsAsync<PostgresException>(() => DatabaseCluster.ExecuteAsync(database, "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)"));
        var broken = CliRun.Of("postflight", files.Path, "--connection", database, "--format", "json", "--strict");

        Assert.Equal(3, broken.ExitCode);
        using var json = JsonDocument.Parse(broken.Output);
        Assert.Equal(3, json.RootElement.GetProperty("appliedMigrations").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("notValidConstraints").EnumerateArray());
        Assert.Equal("users_email_key", Assert.Single(json.RootElement.GetProperty("invalidIndexes").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Postflight_checksum_is_stable_and_changes_when_a_column_is_added()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        Assert.Equal(0, CliRun.Of("apply", files.Path, "--connection", database).ExitCode);

        string Checksum() => JsonDocument.Parse(CliRun.Of("postflight", files.Path, "--connection", database, "--format", "json").Output)
            .RootElement.GetProperty("schemaChecksum").GetString()!;
        var first = Checksum();
        var second = Checksum();
        await DatabaseCluster.ExecuteAsync(database, "ALTER TABLE users ADD COLUMN name text");

        Assert.Equal(first, second);
        Assert.NotEqual(first, Checksum());
    }

    [Fact]
    public void Cycle_ephemeral_passes_on_the_postgres_samples()
    {
        var run = CliRun.Of("cycle", "--ephemeral", RepositoryPaths.Samples("postgres"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("CYCLE PASSED", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_ephemeral_names_what_a_broken_down_script_leaves_behind_with_exit_4()
    {
        using var files = FlywayFiles.SafeSet();
        files.Write("V3__status.sql", "CREATE TYPE order_status AS ENUM ('new', 'paid');\nALTER TABLE orders ADD COLUMN status order_status;\n");
        files.Write("U3__status.sql", "ALTER TABLE orders DROP COLUMN status;\n"); // forgets DROP TYPE order_status

        var run = CliRun.Of("cycle", "--ephemeral", files.Path, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            ("rollback", "left behind by rollback", "type", "public.order_status"),
            (finding.GetProperty("step").GetString(), finding.GetProperty("problem").GetString(), finding.GetProperty("kind").GetString(), finding.GetProperty("name").GetString()));
        Assert.Equal("reapply", json.RootElement.GetProperty("failedStep").GetString());
    }

    [Fact]
    public async Task Cycle_on_a_server_uses_a_throwaway_database_and_drops_it()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        files.Write("V3__broken.sql", "CREATE TABLE broken (id int);\n");
        files.Write("U3__broken.sql", "DROP TABLE not_there;\n");

        var run = CliRun.Of("cycle", files.Path, "--connection", database);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("CYCLE FAILED at rollback", run.Output, StringComparison.Ordinal);
        Assert.Contains("migrate_lint_cycle_", run.Error, StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('broken') IS NOT NULL"));
        Assert.Equal(0L, await DatabaseCluster.ScalarAsync<long>(cluster.Cluster.AdminConnectionString, "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrate_lint_cycle_%'"));
    }

    [Fact]
    public void Cycle_refuses_lint_errors_with_exit_1_and_apply_failures_exit_2()
    {
        using var unsafeSet = FlywayFiles.SafeSet();
        unsafeSet.Write("V3__index.sql", "CREATE INDEX orders_user_idx ON orders (user_id);\n");
        unsafeSet.Write("U3__index.sql", "DROP INDEX orders_user_idx;\n");
        Assert.Equal(1, CliRun.Of("cycle", "--ephemeral", unsafeSet.Path).ExitCode);

        using var failing = FlywayFiles.SafeSet();
        failing.Write("V3__fails.sql", "SELECT 1 / 0;\n");
        failing.Write("U3__fails.sql", "SELECT 1;\n");
        Assert.Equal(2, CliRun.Of("cycle", "--ephemeral", failing.Path).ExitCode);
    }
}
