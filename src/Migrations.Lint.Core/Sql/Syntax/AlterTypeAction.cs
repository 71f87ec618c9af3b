using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>What an <see cref="AlterTypeStatement"/> does.</summary>
public abstract class AlterTypeAction
{
    public required TextSpan Span { get; init; }
}
