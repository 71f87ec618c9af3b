using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Execution;
using Migrations.Lint.Runner.History;
using Migrations.Lint.Runner.Planning;
using Npgsql;

namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// The read-only checks around a run: preflight (may a migration start now?), postflight (what did the run
/// leave?) and schema snapshots. Takes no lock and changes nothing, not even creating the history table.
/// </summary>
public sealed class DatabaseInspector
{
    private readonly ConnectionSettings _connection;
    private readonly HistoryTable _history;

    public DatabaseInspector(ConnectionSettings connection, HistoryTableName? historyTable = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _history = new HistoryTable(historyTable ?? HistoryTableName.Default);
    }

    /// <param name="maxTransactionAge">Transactions of other sessions open longer than this fail the check.</param>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the database cannot be reached.</exception>
    public Task<PreflightReport> PreflightAsync(IEnumerable<Migration> migrations, TimeSpan maxTransactionAge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        return ReadAsync(async connection =>
        {
            var history = await _history.ReadAsync(connection, cancellationToken);
            var catalog = MigrationCatalog.Create(migrations, history);
            return new PreflightReport(
                await ServerVersionAsync(connection, cancellationToken),
                catalog.Pending(target: null).Count,
                maxTransactionAge,
                Failed(history),
                await LongTransactionsAsync(connection, maxTransactionAge, cancellationToken),
                await BlockingLocksAsync(connection, cancellationToken));
        }, cancellationToken);
    }

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the database cannot be reached.</exception>
    public Task<PostflightReport> PostflightAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async connection =>
        {
            var history = await _history.ReadAsync(connection, cancellationToken);
            var invalidIndexes = await InvalidIndex.ListAsync(connection, cancellationToken);
            return new PostflightReport(
                await SchemaSnapshot.CaptureAsync(connection, _history.Name, cancellationToken),
                history.Count(entry => entry.Success && entry.Type != HistoryEntryType.Undo),
                Failed(history),
                [.. invalidIndexes.Select(index => new InvalidIndexEntry(index.Schema, index.Name, index.DropStatement))],
                await NotValidConstraintsAsync(connection, cancellationToken));
        }, cancellationToken);

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the database cannot be reached.</exception>
    public Task<SchemaSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => SchemaSnapshot.CaptureAsync(connection, _history.Name, cancellationToken), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connector = new DatabaseConnector(_connection);
        try
        {
            await using var connection = await connector.OpenAsync(cancellationToken);
            return await read(connection);
        }
        catch (NpgsqlException e)
        {
            throw _connection.DatabaseError(e);
        }
    }

    private static IReadOnlyList<FailedMigration> Failed(IReadOnlyList<HistoryEntry> history) =>
        [.. history.Where(entry => !entry.Success).Select(entry => new FailedMigration(entry.InstalledRank, entry.Version, entry.Description, entry.Script, entry.InstalledOn))];

    private static async Task<string> ServerVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version')", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Other client sessions of this database only: the ones whose locks a migration here could wait for.</summary>
    private async Task<IReadOnlyList<LongTransaction>> LongTransactionsAsync(NpgsqlConnection connection, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT pid, extract(epoch FROM now() - xact_start)::float8, coalesce(state, ''), coalesce(usename, ''),
                   coalesce(application_name, ''), coalesce(query, '')
            FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND xact_start IS NOT NULL AND now() - xact_start > @max_age
            ORDER BY xact_start, pid
            """,
            connection);
        command.Parameters.AddWithValue("max_age", maxAge);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var transactions = new List<LongTransaction>();
        while (await reader.ReadAsync(cancellationToken))
        {
            transactions.Add(new LongTransaction(
                reader.GetInt32(0), TimeSpan.FromSeconds(reader.GetDouble(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), _connection.Redact(reader.GetString(5))));
        }

        return transactions;
    }

    private async Task<IReadOnlyList<BlockingLock>> BlockingLocksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT blocked.pid, blocking.pid, coalesce(blocked.query, ''), coalesce(blocking.query, ''),
                   coalesce(waiting.locktype, ''), coalesce(waiting.mode, ''), waiting.relation::regclass::text,
                   coalesce(extract(epoch FROM now() - blocked.query_start), 0)::float8
            FROM pg_stat_activity blocked
            CROSS JOIN LATERAL unnest(pg_blocking_pids(blocked.pid)) AS blocker(pid)
            JOIN pg_stat_activity blocking ON blocking.pid = blocker.pid
            LEFT JOIN LATERAL (
                SELECT l.locktype, l.mode, l.relation FROM pg_locks l WHERE l.pid = blocked.pid AND NOT l.granted LIMIT 1
            ) waiting ON true
            WHERE blocked.datname = current_database() AND blocked.pid <> pg_backend_pid()
            ORDER BY blocked.pid, blocking.pid
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var locks = new List<BlockingLock>();
        while (await reader.ReadAsync(cancellationToken))
        {
            locks.Add(new BlockingLock(
                reader.GetInt32(0),
                reader.GetInt32(1),
                _connection.Redact(reader.GetString(2)),
                _connection.Redact(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                TimeSpan.FromSeconds(reader.GetDouble(7))));
        }

        return locks;
    }

    private static async Task<IReadOnlyList<NotValidConstraint>> NotValidConstraintsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), con.conname,
                   CASE con.contype WHEN 'c' THEN 'check' WHEN 'f' THEN 'foreign-key' WHEN 'n' THEN 'not-null' ELSE con.contype::text END,
                   pg_get_constraintdef(con.oid)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT con.convalidated
            ORDER BY 1, 2
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var constraints = new List<NotValidConstraint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            constraints.Add(new NotValidConstraint(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return constraints;
    }
}
