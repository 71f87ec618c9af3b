using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [OR REPLACE] FUNCTION|PROCEDURE name (…) …</c>.</summary>
public sealed class CreateFunctionStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateFunction;

    public bool OrReplace { get; init; }

    public bool IsProcedure { get; init; }

    public required QualifiedName Name { get; init; }

    /// <summary>The parameter list, parentheses included.</summary>
    public TextSpan? ParametersSpan { get; init; }

    /// <summary>The language, lower-cased (<c>sql</c>, <c>plpgsql</c>, …), or null when not written.</summary>
    public string? Language { get; init; }

    /// <summary>The body: the string after <c>AS</c>, a <c>BEGIN ATOMIC … END</c> block or a <c>RETURN</c> clause.</summary>
    public TextSpan? BodySpan { get; init; }
}
