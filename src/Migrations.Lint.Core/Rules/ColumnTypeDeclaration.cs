using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A type given to a column by <c>CREATE TABLE</c>, <c>ADD COLUMN</c> or <c>ALTER COLUMN … TYPE</c>:
/// what the rules that prefer one column type over another read.
/// </summary>
internal sealed record ColumnTypeDeclaration(QualifiedName Table, SqlIdentifier Column, DataType DataType)
{
    public static IEnumerable<ColumnTypeDeclaration> In(SqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                foreach (var column in create.Columns)
                {
                    // Columns of CREATE TABLE … PARTITION OF only add options; the parent's types apply.
                    if (column.DataType is { } type)
                    {
                        yield return new ColumnTypeDeclaration(create.Name, column.Name, type);
                    }
                }

                break;
            case AlterTableStatement { ObjectKind: AlterTableObjectKind.Table or AlterTableObjectKind.ForeignTable } alter:
                foreach (var action in alter.Actions)
                {
                    if (action is AddColumnAction { Column: { DataType: { } added } column })
                    {
                        yield return new ColumnTypeDeclaration(alter.Table, column.Name, added);
                    }
                    else if (action is AlterColumnTypeAction change)
                    {
                        yield return new ColumnTypeDeclaration(alter.Table, change.Column, change.DataType);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// True when the type is the built-in one spelled by one of <paramref name="names"/> (lower-case,
    /// single-spaced, as <see cref="Sql.Syntax.DataType.Name"/> gives them): unqualified or in pg_catalog.
    /// </summary>
    public bool IsBuiltIn(IReadOnlyCollection<string> names) =>
        (DataType.Schema is null or { Normalized: "pg_catalog" }) && names.Contains(DataType.Name, StringComparer.Ordinal);

    /// <summary>The type as messages show it: <c>varchar(255)</c>, <c>timestamp(3) without time zone[]</c>.</summary>
    public string TypeText
    {
        get
        {
            var modifiers = DataType.Modifiers.Count == 0 ? "" : "(" + string.Join(", ", DataType.Modifiers) + ")";
            var name = DataType.Name;

            // PostgreSQL writes the precision of timestamp(3) with time zone after the first word.
            var zone = name.StartsWith("time", StringComparison.Ordinal) ? name.IndexOf(' ', StringComparison.Ordinal) : -1;
            var text = zone < 0 ? name + modifiers : string.Concat(name.AsSpan(0, zone), modifiers, name.AsSpan(zone));
            return DataType.IsArray ? text + "[]" : text;
        }
    }
}
