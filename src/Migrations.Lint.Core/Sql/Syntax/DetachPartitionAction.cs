namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DETACH PARTITION name [CONCURRENTLY | FINALIZE]</c>.</summary>
public sealed class DetachPartitionAction : AlterTableAction
{
    public required QualifiedName Partition { get; init; }

    public bool IsConcurrently { get; init; }

    public bool IsFinalize { get; init; }
}
