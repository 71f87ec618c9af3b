namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]</c>.</summary>
public sealed class RefreshMaterializedViewStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.RefreshMaterializedView;

    public QualifiedName? Name { get; init; }

    public bool IsConcurrently { get; init; }

    public bool WithNoData { get; init; }
}
