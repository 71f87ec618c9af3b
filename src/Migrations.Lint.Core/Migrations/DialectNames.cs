using System.Collections.Frozen;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Migrations;

/// <summary>
/// Database names as they appear in file-name infixes (<c>1_init.postgres.up.sql</c>) and folder names
/// (<c>migrations/mssql/</c>). Names of databases we do not lint map to null so their files can be skipped.
/// </summary>
internal static class DialectNames
{
    private static readonly FrozenDictionary<string, Dialect?> ByName = new Dictionary<string, Dialect?>
    {
        ["postgres"] = Dialect.Postgres,
        ["postgresql"] = Dialect.Postgres,
        ["pg"] = Dialect.Postgres,
        ["pgsql"] = Dialect.Postgres,
        ["mssql"] = Dialect.SqlServer,
        ["sqlserver"] = Dialect.SqlServer,
        ["tsql"] = Dialect.SqlServer,
        ["mysql"] = null,
        ["mariadb"] = null,
        ["sqlite"] = null,
        ["sqlite3"] = null,
        ["cockroach"] = null,
        ["cockroachdb"] = null,
        ["crdb"] = null,
        ["clickhouse"] = null,
        ["oracle"] = null,
        ["snowflake"] = null,
        ["redshift"] = null,
        ["spanner"] = null,
        ["bigquery"] = null,
        ["duckdb"] = null,
        ["h2"] = null,
        ["hsqldb"] = null,
        ["db2"] = null,
        ["firebird"] = null,
        ["sybase"] = null,
        ["tidb"] = null,
        ["cassandra"] = null,
        ["vertica"] = null,
        ["trino"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="name"/> names a database; <paramref name="dialect"/> is null for one we do not lint.</summary>
    public static bool TryGet(string name, out Dialect? dialect) => ByName.TryGetValue(name, out dialect);
}
