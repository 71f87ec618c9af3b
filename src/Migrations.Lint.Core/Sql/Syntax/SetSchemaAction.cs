namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>SET SCHEMA name</c>.</summary>
public sealed class SetSchemaAction : AlterTableAction
{
    public required SqlIdentifier Schema { get; init; }
}
