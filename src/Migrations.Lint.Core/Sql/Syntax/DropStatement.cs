namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DROP &lt;object type&gt; [CONCURRENTLY] [IF EXISTS] name, … [ON table] [CASCADE|RESTRICT]</c>.</summary>
public sealed class DropStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Drop;

    public required DropObjectType ObjectType { get; init; }

    /// <summary>The dropped objects (function argument lists are not part of the names).</summary>
    public IReadOnlyList<QualifiedName> Names { get; init; } = [];

    public bool IfExists { get; init; }

    /// <summary><c>DROP INDEX CONCURRENTLY</c>.</summary>
    public bool IsConcurrently { get; init; }

    public DropBehavior Behavior { get; init; }

    /// <summary>The table of <c>DROP TRIGGER|RULE|POLICY name ON table</c>.</summary>
    public QualifiedName? Table { get; init; }
}
