using Npgsql;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// Watches one concurrent index build (<c>CREATE INDEX CONCURRENTLY</c>, <c>REINDEX CONCURRENTLY</c>): the
/// invalid indexes that exist after it failed and did not before are the ones it left behind.
/// </summary>
internal sealed class IndexBuildGuard
{
    private readonly NpgsqlConnection _connection;
    private readonly HashSet<uint> _invalidBefore;

    private IndexBuildGuard(NpgsqlConnection connection, HashSet<uint> invalidBefore)
    {
        _connection = connection;
        _invalidBefore = invalidBefore;
    }

    public static async Task<IndexBuildGuard> BeforeBuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        new(connection, [.. (await InvalidIndex.ListAsync(connection, cancellationToken)).Select(index => index.Oid)]);

    /// <summary>
    /// A build that gave up on a lock leaves its invalid index behind, and the retry would fail on the taken
    /// name; the index is the statement's own, so it is dropped before trying again.
    /// </summary>
    /// <returns>False when dropping failed; the leftovers are then reported with the failure.</returns>
    public async Task<bool> TryDropLeftoversAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var index in await LeftoversAsync(cancellationToken))
            {
                await using var drop = new NpgsqlCommand(index.DropStatement, _connection) { CommandTimeout = 0 };
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }

            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>What to tell the user after the build failed: the leftovers and the DROP statements to run; null when none.</summary>
    public async Task<string?> DescribeLeftoversAsync()
    {
        var leftovers = await LeftoversAsync(CancellationToken.None);
        return leftovers.Count == 0
            ? null
            : $"the failed build left invalid {(leftovers.Count == 1 ? "index" : "indexes")} "
                + string.Join(", ", leftovers.Select(index => $"{index.Schema}.{index.Name}"))
                + "; drop before retrying: " + string.Join(" ", leftovers.Select(index => index.DropStatement));
    }

    private async Task<IReadOnlyList<InvalidIndex>> LeftoversAsync(CancellationToken cancellationToken)
    {
        try
        {
            return [.. (await InvalidIndex.ListAsync(_connection, cancellationToken)).Where(index => !_invalidBefore.Contains(index.Oid))];
        }
        catch (NpgsqlException)
        {
            return []; // The connection is gone; the failure itself is what matters.
        }
    }
}
