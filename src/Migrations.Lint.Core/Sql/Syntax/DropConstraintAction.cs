namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DROP CONSTRAINT [IF EXISTS] name [CASCADE|RESTRICT]</c>.</summary>
public sealed class DropConstraintAction : AlterTableAction
{
    public required SqlIdentifier Name { get; init; }

    public bool IfExists { get; init; }

    public DropBehavior Behavior { get; init; }
}
