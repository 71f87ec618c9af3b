namespace Migrations.Lint.Sql;

/// <summary>How output names a dialect: to people, and to tools (the words migrate-lint.json and <c>--dialect</c> use).</summary>
public static class DialectLabels
{
    public static string Title(Dialect dialect) => dialect == Dialect.SqlServer ? "SQL Server" : "PostgreSQL";

    public static string Key(Dialect dialect) => dialect == Dialect.SqlServer ? "sqlserver" : "postgres";
}
