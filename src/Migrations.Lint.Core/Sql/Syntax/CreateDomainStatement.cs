namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE DOMAIN name [AS] type [constraints]</c>.</summary>
public sealed class CreateDomainStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateDomain;

    public required QualifiedName Name { get; init; }

    public DataType? DataType { get; init; }
}
