using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>A table constraint, or an inline column constraint written on one column.</summary>
public sealed class TableConstraint
{
    public SqlIdentifier? Name { get; init; }

    public required ConstraintType ConstraintType { get; init; }

    /// <summary>The constrained columns (for an inline constraint, its column).</summary>
    public IReadOnlyList<SqlIdentifier> Columns { get; init; } = [];

    /// <summary>The referenced table of a foreign key.</summary>
    public QualifiedName? References { get; init; }

    public IReadOnlyList<SqlIdentifier> ReferencedColumns { get; init; } = [];

    /// <summary>The index of <c>PRIMARY KEY USING INDEX i</c> / <c>UNIQUE USING INDEX i</c>.</summary>
    public SqlIdentifier? UsingIndex { get; init; }

    public bool IsNotValid { get; init; }

    public bool IsDeferrable { get; init; }

    /// <summary>The expression inside <c>CHECK (…)</c>, without the parentheses.</summary>
    public SqlExpression? Expression { get; init; }

    public required TextSpan Span { get; init; }
}
