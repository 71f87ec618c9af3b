using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>A name as written and as the database sees it.</summary>
/// <param name="Text">The name without quotes, doubled quotes unescaped.</param>
/// <param name="Normalized">
/// The name after the dialect's case folding (PostgreSQL lower-cases unquoted names). Computed by
/// the parser that created the identifier, because each dialect folds differently.
/// </param>
/// <param name="Display">
/// How messages show the name, when not as <paramref name="Normalized"/>: SQL Server folds names only to compare
/// them, so it shows them as written.
/// </param>
public sealed record SqlIdentifier(string Text, bool IsQuoted, TextSpan Span, string Normalized, string? Display = null)
{
    /// <summary>True when both name the same object.</summary>
    public bool Matches(SqlIdentifier other) => string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    public override string ToString() => Display ?? Normalized;
}
