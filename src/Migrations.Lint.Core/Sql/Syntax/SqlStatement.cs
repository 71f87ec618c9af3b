using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>One statement of a script. Subclasses model what lint rules reason about.</summary>
public abstract class SqlStatement
{
    public abstract StatementKind Kind { get; }

    /// <summary>From the first token to the last one before the terminating <c>;</c> (excluded).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The leading keywords, upper-cased and single-spaced, e.g. <c>ALTER POLICY</c> or <c>CREATE UNIQUE INDEX</c>.</summary>
    public required string Keywords { get; init; }

    public required TextSpan KeywordsSpan { get; init; }

    public override string ToString() => $"{Kind} {Span}";
}
