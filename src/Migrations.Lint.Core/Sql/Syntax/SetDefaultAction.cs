namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column SET DEFAULT expr</c>.</summary>
public sealed class SetDefaultAction : AlterColumnAction
{
    public required SqlExpression Default { get; init; }
}
