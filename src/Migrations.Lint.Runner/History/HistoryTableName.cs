using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Migrations.Lint.Runner.History;

/// <summary>Where the runner records what it applied. Both parts are always quoted in SQL, so any name works as written.</summary>
public sealed record HistoryTableName
{
    public HistoryTableName(string schema, string table)
    {
        Schema = Validate(schema, nameof(schema));
        Table = Validate(table, nameof(table));
    }

    public static HistoryTableName Default { get; } = new("public", "migrate_lint_history");

    public string Schema { get; }

    public string Table { get; }

    /// <summary><c>"schema"."table"</c>, ready to put in SQL.</summary>
    public string Quoted => $"{SqlQuoting.Identifier(Schema)}.{SqlQuoting.Identifier(Table)}";

    /// <summary>
    /// The advisory lock key for runners sharing this table: derived from the name, so two projects with
    /// different history tables in one database do not block each other.
    /// </summary>
    public long LockKey => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("migrate-lint:" + Quoted)));

    public override string ToString() => Quoted;

    private static string Validate(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);

        // PostgreSQL truncates longer names silently, which would make two configured names one table.
        return name.Length == 0 || name.Contains('\0', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(name) > 63
            ? throw new RunnerException(RunnerErrorKind.Configuration, $"'{name}' is not a valid history table {parameter} name (1-63 bytes, no NUL)")
            : name;
    }
}
