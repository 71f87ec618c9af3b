using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DO [LANGUAGE l] 'body'</c>.</summary>
public sealed class DoStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Do;

    /// <summary>The language, lower-cased, or null when not written (PL/pgSQL).</summary>
    public string? Language { get; init; }

    /// <summary>The body string token, quotes included.</summary>
    public TextSpan? BodySpan { get; init; }
}
