namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>COMMENT ON object_type name IS 'text' | NULL</c>.</summary>
public sealed class CommentStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Comment;

    /// <summary>The commented object's type keywords, e.g. <c>TABLE</c>, <c>COLUMN</c>, <c>MATERIALIZED VIEW</c>.</summary>
    public required string ObjectType { get; init; }

    /// <summary>The commented object's name (for a column, <c>table.column</c>); null for forms we do not read.</summary>
    public QualifiedName? Target { get; init; }

    /// <summary><c>IS NULL</c> removes the comment.</summary>
    public bool IsNull { get; init; }
}
