namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>RENAME TO new_name</c> (of the table, index or view being altered).</summary>
public sealed class RenameTableAction : AlterTableAction
{
    public required SqlIdentifier NewName { get; init; }
}
