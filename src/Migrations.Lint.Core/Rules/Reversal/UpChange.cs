using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>
/// Something an up script leaves behind that its down script has to undo: an object it created, or
/// an existing one it renamed. Names change while the rest of the up script is read (it may rename
/// what it created), hence the setters.
/// </summary>
internal sealed class UpChange
{
    public required SchemaObjectKind Kind { get; init; }

    /// <summary>The object's name once the up script has run. Columns, constraints and triggers use one part, on <see cref="Table"/>.</summary>
    public required QualifiedName Name { get; set; }

    /// <summary>The name the up script renamed the object from; null for an object the up script created.</summary>
    public SqlIdentifier? RenamedFrom { get; init; }

    /// <summary>The table of a column, constraint, trigger or index: dropping the table drops them.</summary>
    public QualifiedName? Table { get; set; }

    /// <summary>The tables whose drop takes this table along: a partition's parent, inheritance parents.</summary>
    public IReadOnlyList<QualifiedName> Parents { get; init; } = [];

    /// <summary>
    /// The columns an index or constraint is built on (dropping one drops it too); null when they
    /// are not plain column names (expressions, CHECK), so dropping any column of the table may.
    /// </summary>
    public IReadOnlyList<SqlIdentifier>? Columns { get; set; }

    /// <summary>The creating statement, or the clause of the ALTER that added or renamed it.</summary>
    public required TextSpan Span { get; init; }

    public bool IsCreated => RenamedFrom is null;

    public bool IsRelation => Kind is SchemaObjectKind.Table or SchemaObjectKind.View or SchemaObjectKind.MaterializedView
        or SchemaObjectKind.Index or SchemaObjectKind.Sequence;
}
