namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name [(columns)] AS query [WITH [NO] DATA]</c>.</summary>
public sealed class CreateTableAsStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateTableAs;

    public required QualifiedName Name { get; init; }

    public bool IfNotExists { get; init; }

    public bool IsTemporary { get; init; }

    public bool IsUnlogged { get; init; }

    public bool WithNoData { get; init; }
}
