using Migrations.Lint.Runner.Ephemeral;
using Npgsql;

namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>
/// The <see cref="EphemeralCluster"/> shared by a test run, with one fresh database per test and a role
/// that must log in with a password. Public so other test projects (the CLI's) can share it.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    /// <summary>A role that must log in with a password (the cluster trusts everyone else), for redaction tests.</summary>
    public const string PasswordRole = "secret_role";

    public const string PasswordRolePassword = "Sup3r-S3cret-Pa55";

    private EphemeralCluster? _cluster;

    private EphemeralCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public int Port => Cluster.Port;

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => Cluster.AdminConnectionString;

    public string ConnectionStringFor(string database, string user = "postgres", string? password = null) =>
        Cluster.ConnectionStringFor(database, user, password);

    public async Task InitializeAsync()
    {
        _cluster = EphemeralCluster.Start(PasswordRole);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand(
            $"CREATE ROLE {PasswordRole} LOGIN PASSWORD '{PasswordRolePassword}'", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Creates an empty database for one test and returns its superuser connection string.</summary>
    public Task<string> CreateDatabaseAsync() => Cluster.CreateDatabaseAsync("test_");

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
