using System.Diagnostics;
using System.Globalization;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.History;
using Npgsql;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// One runner at a time per history table: a session-level advisory lock held on a connection of its own.
/// Holding it on the migration connection would deadlock <c>CREATE INDEX CONCURRENTLY</c>, which waits for
/// every open transaction to end (Flyway issue #1654); an idle separate session holds no transaction.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private MigrationLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <param name="wait">How long to wait for the lock; <see cref="TimeSpan.Zero"/> tries once, <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.LockNotAcquired"/>, naming the session that holds it.</exception>
    public static async Task<MigrationLock> AcquireAsync(
        DatabaseConnector connector, HistoryTableName table, TimeSpan wait, CancellationToken cancellationToken)
    {
        var connection = await connector.OpenAsync(cancellationToken);
        try
        {
            var key = table.LockKey;
            if (!await TryLockAsync(connection, key, wait, cancellationToken))
            {
                var holder = await DescribeHolderAsync(connection, key, cancellationToken);
                throw new RunnerException(
                    RunnerErrorKind.LockNotAcquired,
                    connector.Settings.Redact(
                        $"another migration run holds the lock for {table} ({holder}); gave up after {FormatWait(wait)}. "
                        + "Wait for it to finish, or raise the lock wait."));
            }

            return new MigrationLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The session is gone, and the server released its lock with it.
        }

        await _connection.DisposeAsync();
    }

    /// <summary>
    /// Polls with <c>pg_try_advisory_lock</c> instead of queueing in <c>pg_advisory_lock</c>: a session
    /// blocked inside a statement holds a snapshot, and the lock holder's <c>CREATE INDEX CONCURRENTLY</c>
    /// waits for every such snapshot, so the two runners would wait on each other until a timeout.
    /// </summary>
    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, long key, TimeSpan wait, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        tryLock.Parameters.AddWithValue("key", key);
        while (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
        {
            var remaining = wait == Timeout.InfiniteTimeSpan ? PollInterval : wait - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.Delay(remaining < PollInterval ? remaining : PollInterval, cancellationToken);
        }

        return true;
    }

    /// <summary>pg_locks shows a bigint advisory key as classid (high half) and objid (low half) with objsubid 1.</summary>
    private static async Task<string> DescribeHolderAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.usename::text, ''),
                   coalesce(a.client_addr::text, 'local socket'), a.backend_start
            FROM pg_locks l
            JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid = @high::bigint::oid AND l.objid = @low::bigint::oid
            LIMIT 1
            """,
            connection);
        command.Parameters.AddWithValue("high", (long)((ulong)key >> 32));
        command.Parameters.AddWithValue("low", key & 0xFFFFFFFFL);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return "held by a session that has since released it";
        }

        var started = reader.GetFieldValue<DateTimeOffset>(4).ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"held by pid {reader.GetInt32(0)}, application_name '{reader.GetString(1)}', user {reader.GetString(2)} from {reader.GetString(3)}, connected since {started}");
    }

    private static string FormatWait(TimeSpan wait) =>
        wait.TotalSeconds >= 1
            ? wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s"
            : wait.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms";
}
