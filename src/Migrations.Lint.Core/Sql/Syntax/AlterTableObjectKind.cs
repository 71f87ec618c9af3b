namespace Migrations.Lint.Sql.Syntax;

/// <summary>What <c>ALTER &lt;kind&gt; name action, …</c> alters; PostgreSQL runs them all through the same machinery.</summary>
public enum AlterTableObjectKind
{
    Table,
    ForeignTable,
    Index,
    View,
    MaterializedView,
}
