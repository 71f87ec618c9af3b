using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>What SQL Server puts in the existing rows of a table for a column <c>ALTER TABLE … ADD</c> adds.</summary>
internal static class SqlServerNewColumn
{
    /// <summary>
    /// Existing rows get a value rather than NULL: an IDENTITY or computed column's, or the DEFAULT of a NOT NULL
    /// column, or of a nullable one added <c>WITH VALUES</c> (without it, existing rows of a nullable column stay NULL).
    /// </summary>
    public static bool FillsExistingRows(ColumnDefinition column) =>
        column.Generated != GeneratedColumnKind.None
        || (column.Default is not null && (column.IsNotNull || column.IsPrimaryKey || column.IsDefaultWithValues));
}
