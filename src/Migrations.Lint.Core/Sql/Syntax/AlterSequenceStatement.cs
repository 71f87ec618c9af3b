namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER SEQUENCE [IF EXISTS] name options</c>.</summary>
public sealed class AlterSequenceStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterSequence;

    public required QualifiedName Name { get; init; }

    public bool IfExists { get; init; }
}
