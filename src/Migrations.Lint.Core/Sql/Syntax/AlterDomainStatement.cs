namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER DOMAIN name action</c>.</summary>
public sealed class AlterDomainStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterDomain;

    public required QualifiedName Name { get; init; }

    /// <summary>The action's keywords, e.g. <c>ADD CONSTRAINT</c>, <c>SET NOT NULL</c>, <c>VALIDATE CONSTRAINT</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The constraint of <c>ADD [CONSTRAINT name] CHECK (…) [NOT VALID]</c>.</summary>
    public TableConstraint? Constraint { get; init; }
}
