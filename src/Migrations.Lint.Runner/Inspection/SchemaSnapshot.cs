using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Migrations.Lint.Runner.History;
using Npgsql;

namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// The schema of one database as a sorted list of <see cref="SchemaObject"/>s (see <see cref="SchemaCatalogQuery"/>
/// for what is in it), and its SHA-256: equal checksums mean the same tables, columns, constraints, indexes,
/// types, functions, views and sequences, whatever the OIDs, so environments and cycle steps can be compared.
/// </summary>
public sealed class SchemaSnapshot
{
    private SchemaSnapshot(IReadOnlyList<SchemaObject> objects)
    {
        Objects = objects;
        Checksum = ComputeChecksum(objects);
    }

    /// <summary>By kind, then name, in ordinal order (not the database's collation).</summary>
    public IReadOnlyList<SchemaObject> Objects { get; }

    /// <summary>Lower-case hex SHA-256 of the objects, one JSON array <c>[kind, name, definition]</c> per line.</summary>
    public string Checksum { get; }

    public static SchemaSnapshot Of(IEnumerable<SchemaObject> objects) =>
        new([.. objects.OrderBy(item => item.Kind, StringComparer.Ordinal).ThenBy(item => item.Name, StringComparer.Ordinal)]);

    /// <summary>Reads the catalog in one statement, so the snapshot is consistent even while others change the schema.</summary>
    internal static async Task<SchemaSnapshot> CaptureAsync(NpgsqlConnection connection, HistoryTableName history, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SchemaCatalogQuery.Sql, connection);
        command.Parameters.AddWithValue("history", history.Quoted);
        command.Parameters.AddWithValue("history_schema", history.Schema);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var objects = new List<SchemaObject>();
        while (await reader.ReadAsync(cancellationToken))
        {
            objects.Add(new SchemaObject(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2)));
        }

        return Of(objects);
    }

    /// <summary>Every object that is only here, only in <paramref name="actual"/>, or defined differently there; in object order.</summary>
    public IReadOnlyList<SchemaDifference> Compare(SchemaSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var expected = Objects.ToDictionary(item => (item.Kind, item.Name), item => item.Definition);
        var found = actual.Objects.ToDictionary(item => (item.Kind, item.Name), item => item.Definition);
        return [.. expected.Keys.Union(found.Keys)
            .Select(key => new SchemaDifference(key.Kind, key.Name, expected.GetValueOrDefault(key), found.GetValueOrDefault(key)))
            .Where(difference => !string.Equals(difference.Expected, difference.Actual, StringComparison.Ordinal))
            .OrderBy(difference => difference.Kind, StringComparer.Ordinal)
            .ThenBy(difference => difference.Name, StringComparer.Ordinal)];
    }

    /// <summary>JSON lines keep the encoding unambiguous whatever a definition contains (tabs, new lines, quotes).</summary>
    private static string ComputeChecksum(IReadOnlyList<SchemaObject> objects)
    {
        var text = new StringBuilder();
        foreach (var item in objects)
        {
            text.Append(JsonSerializer.Serialize(new[] { item.Kind, item.Name, item.Definition })).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }
}
