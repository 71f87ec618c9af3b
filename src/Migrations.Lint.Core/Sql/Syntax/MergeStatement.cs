namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>[WITH …] MERGE INTO table USING … ON … WHEN …</c>.</summary>
public sealed class MergeStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Merge;

    /// <summary>Null only when the statement is cut short.</summary>
    public QualifiedName? Target { get; init; }
}
