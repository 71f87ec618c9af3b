namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ATTACH PARTITION name FOR VALUES … | DEFAULT</c>.</summary>
public sealed class AttachPartitionAction : AlterTableAction
{
    public required QualifiedName Partition { get; init; }
}
