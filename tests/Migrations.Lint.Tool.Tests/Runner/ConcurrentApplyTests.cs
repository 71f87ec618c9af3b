using System.Globalization;

namespace Migrations.Lint.Tool.Tests.Runner;

/// <summary>Several real <c>apply</c> processes started at once on one database, as parallel deploy jobs do.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ConcurrentApplyTests(DatabaseCluster cluster)
{
    private const int Tables = 10;

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Concurrent_apply_processes_apply_every_migration_exactly_once_and_all_succeed(int processes)
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = TablesWithConcurrentIndexes();

        var runs = await Task.WhenAll(Enumerable.Range(0, processes).Select(_ =>
            RunningTool.RunAsync("apply", files.Path, "--connection", database, "--lock-wait", "60s")));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.Equal(
            Enumerable.Range(1, 2 * Tables).Select(version => $"{version}:true"),
            await DatabaseCluster.ScalarAsync<string[]>(
                database, "SELECT array_agg(version || ':' || success ORDER BY version::int) FROM migrate_lint_history"));
        Assert.Equal(2L * Tables, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(DISTINCT version) FROM migrate_lint_history"));
        Assert.Equal(
            (long)Tables,
            await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'item\\_%\\_note' AND schemaname = 'public'"));
        Assert.Equal(0L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
    }

    /// <summary>Twenty migrations: a table, then a concurrent index on it (run outside a transaction), ten times.</summary>
    private static TempDirectory TablesWithConcurrentIndexes()
    {
        var files = new TempDirectory();
        for (var table = 1; table <= Tables; table++)
        {
            var create = (2 * table) - 1;
            var index = 2 * table;
            files.Write(Name("V", create, $"create_item_{table}"), $"CREATE TABLE item_{table} (id bigint PRIMARY KEY, note text);\n");
            files.Write(Name("U", create, $"create_item_{table}"), $"DROP TABLE item_{table};\n");
            files.Write(Name("V", index, $"index_item_{table}"), $"CREATE INDEX CONCURRENTLY item_{table}_note ON item_{table} (note);\n");
            files.Write(Name("U", index, $"index_item_{table}"), $"DROP INDEX CONCURRENTLY item_{table}_note;\n");
        }

        return files;
    }

    private static string Name(string prefix, int version, string description) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{version}__{description}.sql");
}
