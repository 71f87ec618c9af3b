namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ADD [CONSTRAINT name] PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|EXCLUDE … [NOT VALID]</c>.</summary>
public sealed class AddConstraintAction : AlterTableAction
{
    public required TableConstraint Constraint { get; init; }
}
