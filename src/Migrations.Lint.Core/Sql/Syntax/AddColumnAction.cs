namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ADD [COLUMN] [IF NOT EXISTS] column type [constraints]</c>.</summary>
public sealed class AddColumnAction : AlterTableAction
{
    public required ColumnDefinition Column { get; init; }

    public bool IfNotExists { get; init; }
}
