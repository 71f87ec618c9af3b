using Migrations.Lint.Runner.History;
using Npgsql;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// An index a failed <c>CREATE INDEX CONCURRENTLY</c> or <c>REINDEX CONCURRENTLY</c> left behind with
/// <c>pg_index.indisvalid = false</c>: never used by queries, still maintained on every write, and in the way
/// of the retry (the name is taken). It has to be dropped before trying again.
/// </summary>
internal sealed record InvalidIndex(uint Oid, string Schema, string Name)
{
    public string DropStatement =>
        $"DROP INDEX CONCURRENTLY IF EXISTS {SqlQuoting.Identifier(Schema)}.{SqlQuoting.Identifier(Name)};";

    public static async Task<IReadOnlyList<InvalidIndex>> ListAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.oid, n.nspname, c.relname
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid
            ORDER BY n.nspname, c.relname
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var indexes = new List<InvalidIndex>();
        while (await reader.ReadAsync(cancellationToken))
        {
            indexes.Add(new InvalidIndex(reader.GetFieldValue<uint>(0), reader.GetString(1), reader.GetString(2)));
        }

        return indexes;
    }
}
