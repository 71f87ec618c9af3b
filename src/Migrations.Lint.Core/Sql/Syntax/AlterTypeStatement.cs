namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER TYPE name action</c>.</summary>
public sealed class AlterTypeStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterType;

    public required QualifiedName Name { get; init; }

    /// <summary>Null when nothing follows the name.</summary>
    public AlterTypeAction? Action { get; init; }
}
