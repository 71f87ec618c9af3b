namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER FUNCTION|PROCEDURE|ROUTINE name [(…)] action</c>.</summary>
public sealed class AlterFunctionStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterFunction;

    public bool IsProcedure { get; init; }

    public required QualifiedName Name { get; init; }
}
