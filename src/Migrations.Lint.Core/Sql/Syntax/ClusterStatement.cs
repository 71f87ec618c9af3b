namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CLUSTER [(options)] [table [USING index]]</c> (also the old <c>CLUSTER index ON table</c>).</summary>
public sealed class ClusterStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Cluster;

    /// <summary>Null when every previously clustered table is re-clustered.</summary>
    public QualifiedName? Table { get; init; }

    public SqlIdentifier? Index { get; init; }
}
