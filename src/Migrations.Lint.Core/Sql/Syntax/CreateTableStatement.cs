namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name (…) | PARTITION OF parent …</c>.</summary>
public sealed class CreateTableStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateTable;

    public required QualifiedName Name { get; init; }

    public bool IfNotExists { get; init; }

    public bool IsTemporary { get; init; }

    public bool IsUnlogged { get; init; }

    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];

    /// <summary>Table-level constraints (inline ones live on their column).</summary>
    public IReadOnlyList<TableConstraint> Constraints { get; init; } = [];

    /// <summary>The sources of <c>LIKE source [options]</c> elements.</summary>
    public IReadOnlyList<QualifiedName> Like { get; init; } = [];

    public IReadOnlyList<QualifiedName> Inherits { get; init; } = [];

    /// <summary>The parent of <c>CREATE TABLE … PARTITION OF parent</c>.</summary>
    public QualifiedName? PartitionOf { get; init; }

    /// <summary>True for a partitioned table (<c>PARTITION BY …</c>).</summary>
    public bool IsPartitioned { get; init; }
}
