using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>An expression kept as text, with what it calls classified.</summary>
/// <param name="Text">The raw source text, so rules can look for particular calls.</param>
public sealed record SqlExpression(TextSpan Span, string Text, Volatility Volatility);
