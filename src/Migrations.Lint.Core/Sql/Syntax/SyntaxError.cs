using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>Input the database would certainly reject, such as an unterminated string.</summary>
public sealed record SyntaxError(TextSpan Span, string Message);
