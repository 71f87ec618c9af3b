using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>The full name of an index a statement creates: an index always lives in its table's schema.</summary>
internal static class IndexName
{
    /// <summary>Null for <c>CREATE INDEX ON t (…)</c>, whose name PostgreSQL makes up.</summary>
    public static QualifiedName? Of(CreateIndexStatement index) =>
        index.Name is { } name ? InSchemaOf(index.Table, name) : null;

    public static QualifiedName InSchemaOf(QualifiedName table, SqlIdentifier index) =>
        new(table.Schema is { } schema ? [schema, index] : [index], index.Span);
}
