namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// <c>CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW name …</c> or
/// <c>CREATE MATERIALIZED VIEW [IF NOT EXISTS] name … [WITH [NO] DATA]</c>.
/// </summary>
public sealed class CreateViewStatement : SqlStatement
{
    public override StatementKind Kind => IsMaterialized ? StatementKind.CreateMaterializedView : StatementKind.CreateView;

    public bool OrReplace { get; init; }

    public bool IsMaterialized { get; init; }

    public bool IsTemporary { get; init; }

    public bool IsRecursive { get; init; }

    public bool IfNotExists { get; init; }

    public required QualifiedName Name { get; init; }

    public bool WithNoData { get; init; }
}
