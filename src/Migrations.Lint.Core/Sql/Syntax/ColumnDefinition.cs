using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>A column in <c>CREATE TABLE</c> or <c>ALTER TABLE … ADD COLUMN</c>.</summary>
public sealed class ColumnDefinition
{
    public required SqlIdentifier Name { get; init; }

    /// <summary>Null for columns that only add options, as in <c>CREATE TABLE … PARTITION OF</c>.</summary>
    public DataType? DataType { get; init; }

    /// <summary>An explicit <c>NOT NULL</c> (a primary key implies it too; see <see cref="IsPrimaryKey"/>).</summary>
    public bool IsNotNull { get; init; }

    public TextSpan? NotNullSpan { get; init; }

    public bool IsPrimaryKey { get; init; }

    public SqlExpression? Default { get; init; }

    /// <summary>
    /// T-SQL <c>DEFAULT … WITH VALUES</c>: existing rows of an added nullable column get the default rather than
    /// NULL (a NOT NULL column gets it anyway).
    /// </summary>
    public bool IsDefaultWithValues { get; init; }

    public GeneratedColumnKind Generated { get; init; }

    /// <summary>The expression of a generated (not identity) column.</summary>
    public SqlExpression? GeneratedExpression { get; init; }

    /// <summary>Inline <c>PRIMARY KEY</c>, <c>UNIQUE</c>, <c>REFERENCES</c> and <c>CHECK</c> constraints, on this column.</summary>
    public IReadOnlyList<TableConstraint> Constraints { get; init; } = [];

    public required TextSpan Span { get; init; }
}
