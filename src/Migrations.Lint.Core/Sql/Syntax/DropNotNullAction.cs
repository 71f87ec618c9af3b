namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column DROP NOT NULL</c>.</summary>
public sealed class DropNotNullAction : AlterColumnAction;
