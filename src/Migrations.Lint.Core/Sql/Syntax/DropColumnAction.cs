namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DROP [COLUMN] [IF EXISTS] column [CASCADE|RESTRICT]</c>.</summary>
public sealed class DropColumnAction : AlterTableAction
{
    public required SqlIdentifier Column { get; init; }

    public bool IfExists { get; init; }

    public DropBehavior Behavior { get; init; }
}
