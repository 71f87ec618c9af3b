namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>RENAME [COLUMN] from TO to</c>.</summary>
public sealed class RenameColumnAction : AlterTableAction
{
    public required SqlIdentifier From { get; init; }

    public required SqlIdentifier To { get; init; }
}
