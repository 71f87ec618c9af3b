namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class RunnerConfigTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task The_config_runner_section_sets_the_history_table()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = new TempDirectory();
        files.Write("migrate-lint.json", "{ \"migrations\": [\"db\"], \"runner\": { \"historyTable\": \"ops.schema_history\", \"lockTimeout\": \"2s\" } }\n");
        files.Write("db/V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        files.Write("db/U1__create_users.sql", "DROP TABLE users;\n");

        var run = CliRun.Of("apply", "--config", Path.Combine(files.Path, "migrate-lint.json"), "--connection", database);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(1L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM ops.schema_history"));
    }

    [Fact]
    public void An_unknown_runner_setting_exits_5_naming_the_file()
    {
        using var files = new TempDirectory();
        files.Write("migrate-lint.json", "{\n  \"runner\": { \"lockTimout\": \"2s\" }\n}\n");
        files.Write("V1__a.sql", "SELECT 1;\n");

        var run = CliRun.Of("status", files.Path, "--connection", "Host=127.0.0.1;Database=none");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("migrate-lint.json(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown runner setting 'lockTimout'", run.Error, StringComparison.Ordinal);
    }
}
