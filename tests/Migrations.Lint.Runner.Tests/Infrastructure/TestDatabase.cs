using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Npgsql;

namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>A fresh database of the shared cluster, with shortcuts to query it and to build runners against it.</summary>
internal sealed class TestDatabase(string connectionString)
{
    /// <summary>Fast retries, so lock-timeout tests take about a second.</summary>
    public static RunnerOptions FastOptions { get; } = new()
    {
        LockTimeout = TimeSpan.FromMilliseconds(200),
        LockRetryDelay = TimeSpan.FromMilliseconds(100),
        LockWait = TimeSpan.FromSeconds(10),
    };

    public string ConnectionString { get; } = connectionString;

    public ConnectionSettings Settings => ConnectionSettings.Parse(ConnectionString);

    public static async Task<TestDatabase> CreateAsync(PostgresCluster cluster) => new(await cluster.CreateDatabaseAsync());

    public MigrationRunner Runner(RunnerOptions? options = null, MigrationEventLog? log = null) =>
        new(Settings, options ?? FastOptions, log);

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task<bool> TableExistsAsync(string name) => ScalarAsync<bool>($"SELECT to_regclass('{name}') IS NOT NULL");

    /// <summary>The history rows as "version:type:success", by installed rank.</summary>
    public async Task<IReadOnlyList<string>> HistoryAsync(string table = "public.migrate_lint_history")
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT coalesce(version, description) || ':' || type || ':' || success FROM {table} ORDER BY installed_rank", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
