using Npgsql;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// Makes the server notice a runner that died mid-statement (killed deploy job, lost network). Without it
/// the server only finds out when it next writes to the socket, so an orphaned migration keeps running
/// for as long as its statement takes, holding its locks and its uncommitted rows, and the next run waits
/// on them and times out.
/// </summary>
internal static class ClientDisconnectCheck
{
    private const int MinimumServerVersion = 14;

    public static async Task EnableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (connection.PostgreSqlVersion.Major < MinimumServerVersion)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand("SET client_connection_check_interval = 1000", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidParameterValue)
        {
            // The server's platform cannot watch sockets (Windows); runs work as before, without the check.
        }
    }
}
