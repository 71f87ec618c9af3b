namespace Migrations.Lint.Sql.Syntax;

/// <summary>An <c>ALTER [COLUMN] column …</c> action.</summary>
public abstract class AlterColumnAction : AlterTableAction
{
    public required SqlIdentifier Column { get; init; }
}
