using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>[WITH …] UPDATE [ONLY] table SET … [FROM …] [WHERE …] [RETURNING …]</c>.</summary>
public sealed class UpdateStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Update;

    /// <summary>Null only when the statement is cut short.</summary>
    public QualifiedName? Target { get; init; }

    public bool HasWhere => WhereSpan is not null;

    /// <summary>The condition after <c>WHERE</c> (also <c>CURRENT OF cursor</c>).</summary>
    public TextSpan? WhereSpan { get; init; }
}
