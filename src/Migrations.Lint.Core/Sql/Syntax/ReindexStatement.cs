using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name</c>.</summary>
public sealed class ReindexStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Reindex;

    public required ReindexTarget Target { get; init; }

    /// <summary>Null for <c>REINDEX DATABASE</c> / <c>SYSTEM</c> without a name.</summary>
    public QualifiedName? Name { get; init; }

    /// <summary>Either <c>REINDEX INDEX CONCURRENTLY x</c> or <c>REINDEX (CONCURRENTLY) INDEX x</c>.</summary>
    public bool IsConcurrently { get; init; }

    public TextSpan? ConcurrentlySpan { get; init; }
}
