namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [tables]</c> or <c>VACUUM (options) [tables]</c>.</summary>
public sealed class VacuumStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Vacuum;

    /// <summary><c>VACUUM FULL</c> rewrites the table under an exclusive lock.</summary>
    public bool IsFull { get; init; }

    public bool IsAnalyze { get; init; }

    /// <summary>The listed tables (column lists left out); empty means every table.</summary>
    public IReadOnlyList<QualifiedName> Tables { get; init; } = [];
}
