namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ANALYZE [(options)] [VERBOSE] [tables]</c>.</summary>
public sealed class AnalyzeStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Analyze;

    /// <summary>The listed tables (column lists left out); empty means every table.</summary>
    public IReadOnlyList<QualifiedName> Tables { get; init; } = [];
}
