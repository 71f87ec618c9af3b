using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING method] (…)</c>.</summary>
public sealed class CreateIndexStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateIndex;

    public bool IsUnique { get; init; }

    public bool IsConcurrently { get; init; }

    public TextSpan? ConcurrentlySpan { get; init; }

    public bool IfNotExists { get; init; }

    public SqlIdentifier? Name { get; init; }

    public required QualifiedName Table { get; init; }

    public bool IsOnly { get; init; }

    /// <summary>The access method, lower-cased (<c>btree</c>, <c>gin</c>, …), or null when not written.</summary>
    public string? Method { get; init; }

    /// <summary>The parenthesized key columns and expressions, parentheses included.</summary>
    public TextSpan? ColumnsSpan { get; init; }

    /// <summary>The key elements that are plain column names.</summary>
    public IReadOnlyList<SqlIdentifier> Columns { get; init; } = [];

    public IReadOnlyList<SqlIdentifier> Include { get; init; } = [];

    /// <summary>The predicate of a partial index, without <c>WHERE</c>.</summary>
    public TextSpan? WhereSpan { get; init; }
}
