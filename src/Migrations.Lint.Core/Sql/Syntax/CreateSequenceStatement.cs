namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [TEMP|UNLOGGED] SEQUENCE [IF NOT EXISTS] name [options]</c>.</summary>
public sealed class CreateSequenceStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateSequence;

    public required QualifiedName Name { get; init; }

    public bool IfNotExists { get; init; }

    public bool IsTemporary { get; init; }
}
