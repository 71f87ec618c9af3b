namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column DROP DEFAULT</c>.</summary>
public sealed class DropDefaultAction : AlterColumnAction;
