namespace Migrations.Lint.Sql.Syntax;

public enum ReindexTarget
{
    Index,
    Table,
    Schema,
    Database,
    System,
}
