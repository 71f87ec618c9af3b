namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class BaselineRepairTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task Baseline_skips_the_migrations_up_to_its_version_and_refuses_twice()
    {
        var database = await cluster.CreateDatabaseAsync();
        await DatabaseCluster.ExecuteAsync(database, "CREATE TABLE users (id bigint PRIMARY KEY)");
        using var files = new TempDirectory();
        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        files.Write("U1__create_users.sql", "DROP TABLE users;\n");
        files.Write("V2__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        files.Write("U2__create_orders.sql", "DROP TABLE orders;\n");

        var baseline = CliRun.Of("baseline", files.Path, "--version", "1", "--connection", database, "--lock-wait", "10s");
        Assert.True(baseline.ExitCode == 0, baseline.Error);

        var apply = CliRun.Of("apply", files.Path, "--connection", database);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("1 migration applied", apply.Output, StringComparison.Ordinal);
        Assert.True(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('orders') IS NOT NULL"));

        Assert.Equal(1, CliRun.Of("baseline", files.Path, "--version", "1", "--connection", database).ExitCode);
    }

    [Fact]
    public async Task Repair_clears_a_failed_row_and_realigns_a_changed_checksum()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = new TempDirectory();
        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        files.Write("U1__create_users.sql", "DROP TABLE users;\n");
        files.Write("V2__index_users.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);\nSELECT 1 / 0;\n");
        files.Write("U2__index_users.sql", "DROP INDEX CONCURRENTLY users_id;\n");

        Assert.Equal(2, CliRun.Of("apply", files.Path, "--connection", database, "--force").ExitCode);
        files.Write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY); -- reviewed\n");
        Assert.Equal(1, CliRun.Of("apply", files.Path, "--connection", database, "--force").ExitCode);

        var repair = CliRun.Of("repair", files.Path, "--connection", database, "--lock-wait", "10s");

        Assert.True(repair.ExitCode == 0, repair.Error);
        Assert.Contains("removed failed 2", repair.Output, StringComparison.Ordinal);
        Assert.Contains("realigned checksum of 1", repair.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", files.Path, "--connection", database).ExitCode);
        Assert.Equal(0L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM migrate_lint_history WHERE NOT success"));
    }
}
