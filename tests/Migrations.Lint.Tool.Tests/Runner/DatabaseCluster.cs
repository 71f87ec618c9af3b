using Migrations.Lint.Runner.Ephemeral;
using Npgsql;

namespace Migrations.Lint.Tool.Tests.Runner;

/// <summary>One <see cref="EphemeralCluster"/> for the runner command tests, a fresh database per test, and a role that needs its password.</summary>
public sealed class DatabaseCluster : IAsyncLifetime
{
    public const string PasswordRole = "cli_secret_role";

    public const string PasswordRolePassword = "Cli-S3cret-Pa55";

    private EphemeralCluster? _cluster;

    public EphemeralCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        _cluster = EphemeralCluster.Start(PasswordRole);
        await ExecuteAsync(Cluster.AdminConnectionString, $"CREATE ROLE {PasswordRole} LOGIN PASSWORD '{PasswordRolePassword}'");
    }

    public Task<string> CreateDatabaseAsync() => Cluster.CreateDatabaseAsync("cli_");

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseCluster>
{
    public const string Name = "database";
}
