namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE TYPE name …</c>.</summary>
public sealed class CreateTypeStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateType;

    public required QualifiedName Name { get; init; }

    public required CreateTypeKind TypeKind { get; init; }

    /// <summary>The labels of an enum, unquoted.</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = [];
}
