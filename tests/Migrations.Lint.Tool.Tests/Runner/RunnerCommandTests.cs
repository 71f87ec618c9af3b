using System.Text.Json;

namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class RunnerCommandTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task Apply_status_rollback_status_round_trip()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();

        var apply = CliRun.Of("apply", files.Path, "--connection", database);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("[2/2]", apply.Error, StringComparison.Ordinal);
        Assert.Equal(2L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM migrate_lint_history WHERE success"));

        var status = CliRun.Of("status", files.Path, "--connection", database);
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"(?m)^2\s+create orders\s+versioned\s+applied\s+\d{4}-", status.Output);

        var rollback = CliRun.Of("down", files.Path, "--connection", database);
        Assert.True(rollback.ExitCode == 0, rollback.Error);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('orders') IS NOT NULL"));

        var after = CliRun.Of("ls", files.Path, "--connection", database, "--format", "json");
        using var json = JsonDocument.Parse(after.Output);
        Assert.Equal(
            ["1:applied", "2:pending"],
            json.RootElement.GetProperty("migrations").EnumerateArray()
                .Select(entry => $"{entry.GetProperty("version").GetString()}:{entry.GetProperty("state").GetString()}"));
    }

    [Fact]
    public async Task Lint_errors_refuse_with_exit_1_and_force_applies()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = new TempDirectory();
        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        files.Write("U1__create_users.sql", "DROP TABLE users;\n");
        files.Write("V2__index_users.sql", "CREATE INDEX users_email ON users (email);\n");
        files.Write("U2__index_users.sql", "DROP INDEX users_email;\n");

        var refused = CliRun.Of("apply", files.Path, "--connection", database);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("require-concurrent-index", refused.Error, StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users') IS NOT NULL"));

        var forced = CliRun.Of("apply", files.Path, "--connection", database, "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.True(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users_email') IS NOT NULL"));
    }

    [Fact]
    public async Task A_failing_migration_exits_2_and_its_rollback_failure_exits_4()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        files.Write("V3__broken.sql", "SELECT 1 / 0;\n");
        files.Write("U3__broken.sql", "SELECT 1;\n");

        var apply = CliRun.Of("apply", files.Path, "--connection", database, "--format", "json");
        Assert.Equal(2, apply.ExitCode);
        using var json = JsonDocument.Parse(apply.Output);
        Assert.Equal("22012", json.RootElement.GetProperty("migrations")[2].GetProperty("failure").GetProperty("sqlState").GetString());

        files.Write("U2__create_orders.sql", "DROP TABLE no_such_table;\n");
        var rollback = CliRun.Of("rollback", files.Path, "--connection", database);
        Assert.Equal(4, rollback.ExitCode);
    }

    [Fact]
    public async Task Wrong_password_exits_5_without_printing_it()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        const string wrong = "Wr0ng-Pa55-Secret";
        var url = $"postgres://{DatabaseCluster.PasswordRole}:{wrong}@127.0.0.1:{cluster.Cluster.Port}/postgres";

        var log = Path.Combine(files.Path, "events.jsonl");
        var run = CliRun.Of("apply", files.Path, "--connection", url, "--log-file", log);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains(DatabaseCluster.PasswordRole, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, run.Error + run.Output + File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Equal(0L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'users'"));
    }

    [Fact]
    public async Task Dry_run_lists_what_would_apply_and_changes_nothing()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();

        var run = CliRun.Of("apply", files.Path, "--connection", database, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("would apply", run.Output, StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('migrate_lint_history') IS NOT NULL"));
    }

    [Fact]
    public async Task Steps_apply_one_and_validate_reports_drift_with_exit_1()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();

        Assert.Equal(0, CliRun.Of("migrate", files.Path, "--connection", database, "--steps", "1").ExitCode);
        Assert.Equal(1L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM migrate_lint_history"));
        Assert.Equal(0, CliRun.Of("validate", files.Path, "--connection", database).ExitCode);

        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
        var drift = CliRun.Of("validate", files.Path, "--connection", database);
        Assert.Equal(1, drift.ExitCode);
        Assert.Contains("V1__create_users.sql", drift.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ephemeral_runs_the_postgres_samples()
    {
        var run = CliRun.Of("apply", RepositoryPaths.Samples("postgres"), "--ephemeral");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("migrations applied", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apply", "--lock-timeout", "soon")]
    [InlineData("apply", "--target", "v2")]
    [InlineData("rollback", "--steps", "1", "--target", "2")]
    [InlineData("apply", "--transaction-mode", "some")]
    public void Bad_runner_options_exit_5(params string[] args)
    {
        using var files = FlywayFiles.SafeSet();
        var run = CliRun.Of([.. args, files.Path, "--connection", "Host=127.0.0.1;Database=none"]);

        Assert.Equal(5, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
