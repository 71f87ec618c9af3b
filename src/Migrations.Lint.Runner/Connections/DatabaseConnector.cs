using Npgsql;

namespace Migrations.Lint.Runner.Connections;

/// <summary>Opens the runner's connections, turning every way a connection can fail into one redacted line.</summary>
internal sealed class DatabaseConnector : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public DatabaseConnector(ConnectionSettings settings)
    {
        Settings = settings;
        _dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
    }

    public ConnectionSettings Settings { get; }

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the server cannot be reached or refuses the login.</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or ArgumentException or InvalidOperationException)
        {
            throw new RunnerException(
                RunnerErrorKind.Connection,
                Settings.Redact($"cannot connect to {Settings.Display}: {Describe(e)}"),
                e);
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The server's own words when it answered; otherwise the driver's message and the innermost cause.</summary>
    internal static string Describe(Exception e)
    {
        if (e is PostgresException server)
        {
            return $"{server.MessageText} (SQLSTATE {server.SqlState})";
        }

        var cause = e;
        while (cause.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        var message = ReferenceEquals(cause, e) ? e.Message : $"{e.Message.TrimEnd('.')}: {cause.Message}";
        var lineEnd = message.IndexOfAny(['\r', '\n']);
        return lineEnd < 0 ? message : message[..lineEnd];
    }
}
