namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>VALIDATE CONSTRAINT name</c>.</summary>
public sealed class ValidateConstraintAction : AlterTableAction
{
    public required SqlIdentifier Name { get; init; }
}
