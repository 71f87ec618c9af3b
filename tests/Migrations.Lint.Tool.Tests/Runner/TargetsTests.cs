using System.Text.Json;
using Npgsql;

namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class TargetsTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task One_target_failing_leaves_the_other_applied_and_the_summary_says_so()
    {
        var healthy = await cluster.CreateDatabaseAsync();
        var conflicting = await cluster.CreateDatabaseAsync();
        await DatabaseCluster.ExecuteAsync(conflicting, "CREATE TABLE orders (id int)");
        using var files = FlywayFiles.SafeSet();
        var log = Path.Combine(files.Path, "events.jsonl");

        var run = CliRun.Of("apply", files.Path, "--connection", healthy, "--connection", conflicting, "--parallel", "2", "--format", "json", "--log-file", log);

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToArray();
        Assert.Equal([0, 2], targets.Select(target => target.GetProperty("exitCode").GetInt32()));
        Assert.Equal(["applied", "applied"], targets[0].GetProperty("migrations").EnumerateArray().Select(migration => migration.GetProperty("outcome").GetString()));
        Assert.Equal(["applied", "failed"], targets[1].GetProperty("migrations").EnumerateArray().Select(migration => migration.GetProperty("outcome").GetString()));
        Assert.Contains("orders", targets[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((2, 1, 1, 2), (summary.GetProperty("targets").GetInt32(), summary.GetProperty("succeeded").GetInt32(), summary.GetProperty("failed").GetInt32(), summary.GetProperty("exitCode").GetInt32()));

        Assert.True(await DatabaseCluster.ScalarAsync<bool>(healthy, "SELECT to_regclass('orders') IS NOT NULL"));
        Assert.Equal(2L, await DatabaseCluster.ScalarAsync<long>(healthy, "SELECT count(*) FROM migrate_lint_history WHERE success"));
        Assert.Equal(1L, await DatabaseCluster.ScalarAsync<long>(conflicting, "SELECT count(*) FROM migrate_lint_history"));

        var events = File.ReadAllLines(log).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        var started = events.Where(e => e.GetProperty("event").GetString() == "run-start").Select(e => e.GetProperty("target").GetString()!);
        Assert.Equal(new[] { DisplayOf(healthy), DisplayOf(conflicting) }.Order(StringComparer.Ordinal), started.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Text_output_has_a_block_per_target_and_progress_names_the_target()
    {
        var first = await cluster.CreateDatabaseAsync();
        var second = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();

        var run = CliRun.Of("apply", files.Path, "--connection", first, "--connection", second);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"== {DisplayOf(first)} ==", run.Output, StringComparison.Ordinal);
        Assert.Contains($"== {DisplayOf(second)} ==", run.Output, StringComparison.Ordinal);
        Assert.Contains($"2 migrations applied on {DisplayOf(second)}.", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("All 2 databases succeeded.", run.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains($"[{DisplayOf(first)}] [2/2] ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_targets_apply_to_each_and_an_unreachable_one_does_not_stop_the_other()
    {
        var reachable = await cluster.CreateDatabaseAsync();
        var variable = "MIGRATE_LINT_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, reachable);
        try
        {
            using var files = FlywayFiles.SafeSet();
            files.Write(
                "migrate-lint.json",
                $$"""
                { "runner": { "targets": [
                    { "name": "eu", "connectionEnv": "{{variable}}" },
                    { "name": "gone", "connection": "Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=3" }
                ] } }
                """);

            var run = CliRun.Of("apply", files.Path);

            Assert.Equal(5, run.ExitCode);
            Assert.Contains($"== eu ({DisplayOf(reachable)}) ==", run.Output, StringComparison.Ordinal);
            Assert.Contains("Not applied: migrate-lint: cannot connect to postgres@127.0.0.1:1/none", run.Output, StringComparison.Ordinal);
            Assert.Contains("1 of 2 databases succeeded; failed: gone (exit 5).", run.Output, StringComparison.Ordinal);
            Assert.Contains("[gone] migrate-lint: cannot connect", run.Error, StringComparison.Ordinal);
            Assert.Equal(2L, await DatabaseCluster.ScalarAsync<long>(reachable, "SELECT count(*) FROM migrate_lint_history WHERE success"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_password_in_a_config_target_exits_5()
    {
        using var files = FlywayFiles.SafeSet();
        files.Write("migrate-lint.json", """{ "runner": { "targets": [ { "name": "eu", "connection": "postgres://app:Hunter2-Secret@db/app" } ] } }""");

        var run = CliRun.Of("apply", files.Path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("runner.targets[0]: target 'eu' has a password in migrate-lint.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-Secret", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_config_targets_with_one_name_exit_5()
    {
        using var files = FlywayFiles.SafeSet();
        files.Write("migrate-lint.json", """{ "runner": { "targets": [ { "name": "eu", "connection": "Host=a;Database=app" }, { "name": "eu", "connection": "Host=b;Database=app" } ] } }""");

        var run = CliRun.Of("apply", files.Path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("the name 'eu' is used twice", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_below_one_exits_5()
    {
        using var files = FlywayFiles.SafeSet();

        var run = CliRun.Of("apply", files.Path, "--connection", "Host=127.0.0.1;Database=none", "--parallel", "0");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("--parallel must be at least 1", run.Error, StringComparison.Ordinal);
    }

    private static string DisplayOf(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
