using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>[WITH …] DELETE FROM [ONLY] table [USING …] [WHERE …] [RETURNING …]</c>.</summary>
public sealed class DeleteStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Delete;

    /// <summary>Null only when the statement is cut short.</summary>
    public QualifiedName? Target { get; init; }

    public bool HasWhere => WhereSpan is not null;

    /// <summary>The condition after <c>WHERE</c> (also <c>CURRENT OF cursor</c>).</summary>
    public TextSpan? WhereSpan { get; init; }
}
