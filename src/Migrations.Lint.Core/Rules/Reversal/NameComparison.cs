using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>
/// How the names in one migration's scripts are compared. An unqualified name is read as one in
/// public, as PostgreSQL's default search_path does; once either script sets search_path, an
/// unqualified name may be in any schema, so it matches a qualified one of any schema.
/// </summary>
internal sealed class NameComparison(bool searchPathIsSet)
{
    private const string DefaultSchema = "public";

    public static NameComparison For(SqlScript up, SqlScript down) =>
        new(up.Statements.Concat(down.Statements).Any(statement => statement is SetStatement { Name: "search_path" }));

    public bool Same(QualifiedName left, QualifiedName right) =>
        searchPathIsSet && (left.Schema is null || right.Schema is null)
            ? left.Name.Matches(right.Name)
            : left.Matches(right, DefaultSchema);

    /// <summary>True when <paramref name="name"/> lives in the schema named by <paramref name="schema"/>.</summary>
    public bool IsIn(QualifiedName name, QualifiedName schema) =>
        name.Schema is { } written
            ? written.Matches(schema.Name)
            : searchPathIsSet || string.Equals(schema.Name.Normalized, DefaultSchema, StringComparison.Ordinal);

    /// <summary>The name after <c>RENAME TO</c>: a rename keeps the schema.</summary>
    public static QualifiedName Renamed(QualifiedName name, SqlIdentifier newName) =>
        new([.. name.Parts.Take(name.Parts.Count - 1), newName], name.Span);

    /// <summary>The name after <c>SET SCHEMA</c>.</summary>
    public static QualifiedName Moved(QualifiedName name, SqlIdentifier schema) => new([schema, name.Name], name.Span);

    /// <summary>A one-part name for a column, constraint, trigger, schema or extension.</summary>
    public static QualifiedName Single(SqlIdentifier name) => new([name], name.Span);
}
