namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column SET NOT NULL</c>.</summary>
public sealed class SetNotNullAction : AlterColumnAction;
