using Migrations.Lint.Runner.Connections;
using Npgsql;

namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// A new, empty database with a fresh name (<c>migrate_lint_cycle_…</c>) on the server of a given
/// connection, dropped again on dispose: room for <see cref="MigrationCycle"/> on a server the user points
/// at, without touching the database the connection names. The login needs the CREATEDB privilege.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    public const string NamePrefix = "migrate_lint_cycle_";

    private readonly ConnectionSettings _server;

    private ThrowawayDatabase(ConnectionSettings server, string name)
    {
        _server = server;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The server's connection string with the new database in it (password included: never print it).</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = Name }.ConnectionString;

    /// <exception cref="RunnerException">The server cannot be reached (<see cref="RunnerErrorKind.Connection"/>) or refuses to create a database (<see cref="RunnerErrorKind.Configuration"/>).</exception>
    public static async Task<ThrowawayDatabase> CreateAsync(ConnectionSettings server, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        var database = new ThrowawayDatabase(server, NamePrefix + Guid.NewGuid().ToString("N"));
        try
        {
            await database.ExecuteOnServerAsync($"CREATE DATABASE {SqlQuoting.Identifier(database.Name)}", cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new RunnerException(
                RunnerErrorKind.Configuration,
                server.Redact($"cannot create a throwaway database on {server.Display} (the login needs CREATEDB): {DatabaseConnector.Describe(e)}"),
                e);
        }

        return database;
    }

    /// <summary>Drops the database, disconnecting whatever is still connected to it (PostgreSQL 13 and later).</summary>
    /// <exception cref="RunnerException">The drop failed (<see cref="RunnerErrorKind.Database"/>); the message names the database to drop by hand.</exception>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var connector = new DatabaseConnector(_server);
            await using var connection = await connector.OpenAsync(CancellationToken.None);
            var force = connection.PostgreSqlVersion.Major >= 13 ? " WITH (FORCE)" : "";
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {SqlQuoting.Identifier(Name)}{force}", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new RunnerException(
                RunnerErrorKind.Database,
                _server.Redact($"could not drop the throwaway database {Name} on {_server.Display}; drop it by hand: {DatabaseConnector.Describe(e)}"),
                e);
        }
    }

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connector = new DatabaseConnector(_server);
        await using var connection = await connector.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
