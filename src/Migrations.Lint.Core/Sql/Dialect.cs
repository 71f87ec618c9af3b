namespace Migrations.Lint.Sql;

public enum Dialect
{
    Postgres,
    SqlServer,
}
