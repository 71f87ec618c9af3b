namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>RENAME VALUE 'from' TO 'to'</c>.</summary>
public sealed class RenameEnumValueAction : AlterTypeAction
{
    public required string From { get; init; }

    public required string To { get; init; }
}
