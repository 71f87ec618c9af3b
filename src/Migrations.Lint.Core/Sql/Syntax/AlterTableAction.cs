using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>One comma-separated action of an <see cref="AlterTableStatement"/>.</summary>
public abstract class AlterTableAction
{
    /// <summary>The action's own clause, without the separating commas.</summary>
    public required TextSpan Span { get; init; }
}
