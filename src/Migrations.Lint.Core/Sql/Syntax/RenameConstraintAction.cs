namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>RENAME CONSTRAINT from TO to</c>.</summary>
public sealed class RenameConstraintAction : AlterTableAction
{
    public required SqlIdentifier From { get; init; }

    public required SqlIdentifier To { get; init; }
}
