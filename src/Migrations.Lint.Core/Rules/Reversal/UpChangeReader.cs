using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>
/// Reads an up script, statement by statement, into what it leaves behind: objects it creates and
/// existing objects it renames. What the script itself drops or renames back again is forgotten;
/// columns, constraints, indexes and triggers of a table or view it creates are left to that.
/// </summary>
internal sealed class UpChangeReader
{
    private readonly List<UpChange> _changes = [];
    private readonly SqlScript _up;
    private readonly NameComparison _names;

    private UpChangeReader(SqlScript up, NameComparison names)
    {
        _up = up;
        _names = names;
    }

    public static IReadOnlyList<UpChange> Read(SqlScript up, NameComparison names)
    {
        var reader = new UpChangeReader(up, names);
        foreach (var statement in up.Statements)
        {
            reader.Apply(statement);
        }

        return reader._changes;
    }

    private void Apply(SqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement { IsTemporary: false } table:
                Create(SchemaObjectKind.Table, table.Name, table.Span, parents: table.PartitionOf is { } parent ? [parent, .. table.Inherits] : table.Inherits);
                break;
            case CreateTableAsStatement { IsTemporary: false } table:
                Create(SchemaObjectKind.Table, table.Name, table.Span);
                break;
            case CreateViewStatement { OrReplace: false, IsTemporary: false } view:
                Create(view.IsMaterialized ? SchemaObjectKind.MaterializedView : SchemaObjectKind.View, view.Name, view.Span);
                break;
            case CreateIndexStatement index when IndexName.Of(index) is { } name && !IsCreatedRelation(index.Table):
                Create(SchemaObjectKind.Index, name, index.Span, index.Table, KeyColumns(index));
                break;

            // A sequence OWNED BY a column goes when the column or its table does: too many ways to judge.
            case CreateSequenceStatement { IsTemporary: false } sequence when !Mentions(sequence, "OWNED"):
                Create(SchemaObjectKind.Sequence, sequence.Name, sequence.Span);
                break;
            case CreateTypeStatement type:
                Create(SchemaObjectKind.Type, type.Name, type.Span);
                break;
            case CreateDomainStatement domain:
                Create(SchemaObjectKind.Domain, domain.Name, domain.Span);
                break;
            case CreateFunctionStatement { OrReplace: false } function:
                Create(function.IsProcedure ? SchemaObjectKind.Procedure : SchemaObjectKind.Function, function.Name, function.Span);
                break;
            case CreateTriggerStatement { OrReplace: false, Table: { } table } trigger when !IsCreatedRelation(table):
                Create(SchemaObjectKind.Trigger, NameComparison.Single(trigger.Name), trigger.Span, table);
                break;

            // IF NOT EXISTS schemas and extensions are usually shared ones the up merely makes sure of.
            case CreateSchemaStatement { IfNotExists: false } schema:
                Create(SchemaObjectKind.Schema, NameComparison.Single(schema.Name), schema.Span);
                break;
            case CreateExtensionStatement { IfNotExists: false } extension:
                Create(SchemaObjectKind.Extension, NameComparison.Single(extension.Name), extension.Span);
                break;
            case AlterTableStatement alter:
                foreach (var action in alter.Actions)
                {
                    Apply(alter, action);
                }

                break;
            case DropStatement drop:
                Forget(drop);
                break;

            // Renames and moves of these are not modelled, so what they touch is no longer followed.
            case AlterSequenceStatement sequence when Mentions(sequence, "OWNED", "RENAME", "SCHEMA"):
                Forget(sequence.Name, SchemaObjectKind.Sequence);
                break;
            case AlterFunctionStatement function when Mentions(function, "RENAME", "SCHEMA"):
                Forget(function.Name, SchemaObjectKind.Function, SchemaObjectKind.Procedure);
                break;
            case AlterTypeStatement type when Mentions(type, "RENAME", "SCHEMA"):
                Forget(type.Name, SchemaObjectKind.Type);
                break;
            case AlterDomainStatement domain when Mentions(domain, "RENAME", "SCHEMA"):
                Forget(domain.Name, SchemaObjectKind.Domain);
                break;
        }
    }

    private void Apply(AlterTableStatement alter, AlterTableAction action)
    {
        var table = alter.Table;
        switch (action)
        {
            case RenameTableAction rename:
                RenameRelation(alter.ObjectKind, table, NameComparison.Renamed(table, rename.NewName), rename.Span);
                break;
            case SetSchemaAction move when Find(table) is not null:
                RenameRelation(alter.ObjectKind, table, NameComparison.Moved(table, move.Schema), move.Span);
                break;
            case RenameColumnAction rename when !IsCreatedRelation(table):
                RenameMember(SchemaObjectKind.Column, table, rename.From, rename.To, rename.Span);

                // Key columns read before the rename no longer name what a down script drops.
                foreach (var keyed in _changes.Where(change => change.Columns is not null && IsOn(change, table)))
                {
                    keyed.Columns = null;
                }

                break;
            case RenameConstraintAction rename when !IsCreatedRelation(table):
                RenameMember(SchemaObjectKind.Constraint, table, rename.From, rename.To, rename.Span);
                break;
            case AddColumnAction add when !IsCreatedRelation(table):
                Create(SchemaObjectKind.Column, NameComparison.Single(add.Column.Name), add.Span, table);
                break;
            case AddConstraintAction { Constraint: var constraint } add when !IsCreatedRelation(table)
                && (constraint.Name ?? constraint.UsingIndex) is { } name:
                // ADD CONSTRAINT … USING INDEX turns the index into the constraint's own.
                if (constraint.UsingIndex is { } index)
                {
                    var adopted = IndexName.InSchemaOf(table, index);
                    _changes.RemoveAll(change => change.Kind == SchemaObjectKind.Index && _names.Same(change.Name, adopted));
                }

                Create(SchemaObjectKind.Constraint, NameComparison.Single(name), add.Span, table, KeyColumns(constraint));
                break;
            case DropColumnAction drop:
                _changes.RemoveAll(change => change.Kind == SchemaObjectKind.Column && IsOn(change, table) && change.Name.Name.Matches(drop.Column));
                break;
            case DropConstraintAction drop:
                _changes.RemoveAll(change => change.Kind == SchemaObjectKind.Constraint && IsOn(change, table) && change.Name.Name.Matches(drop.Name));
                break;
        }
    }

    private void Create(
        SchemaObjectKind kind,
        QualifiedName name,
        TextSpan span,
        QualifiedName? table = null,
        IReadOnlyList<SqlIdentifier>? columns = null,
        IReadOnlyList<QualifiedName>? parents = null)
    {
        // A shell type and its full definition, or a second IF NOT EXISTS, create one object.
        if (Find(kind, name, table) is null)
        {
            _changes.Add(new UpChange { Kind = kind, Name = name, Table = table, Columns = columns, Parents = parents ?? [], Span = span });
        }
    }

    private void RenameRelation(AlterTableObjectKind kind, QualifiedName relation, QualifiedName renamed, TextSpan span)
    {
        var tracked = Find(relation);
        if (tracked is null)
        {
            _changes.Add(new UpChange { Kind = KindOf(kind), Name = renamed, RenamedFrom = relation.Name, Span = span });
        }
        else if (tracked.RenamedFrom is { } original && original.Matches(renamed.Name))
        {
            _changes.Remove(tracked);
        }
        else
        {
            tracked.Name = renamed;
        }

        foreach (var member in _changes.Where(change => IsOn(change, relation)))
        {
            member.Table = renamed;
        }
    }

    private void RenameMember(SchemaObjectKind kind, QualifiedName table, SqlIdentifier from, SqlIdentifier to, TextSpan span)
    {
        var tracked = Find(kind, NameComparison.Single(from), table);
        if (tracked is null)
        {
            _changes.Add(new UpChange { Kind = kind, Name = NameComparison.Single(to), RenamedFrom = from, Table = table, Span = span });
        }
        else if (tracked.RenamedFrom is { } original && original.Matches(to))
        {
            _changes.Remove(tracked);
        }
        else
        {
            tracked.Name = NameComparison.Single(to);
        }
    }

    /// <summary>What the up script drops itself needs no undoing, and a renamed object it drops cannot be renamed back.</summary>
    private void Forget(DropStatement drop)
    {
        foreach (var dropped in drop.Names)
        {
            _changes.RemoveAll(change => DropTargets.Removes(drop, dropped, change, change.Name, change.Table, _names));
        }
    }

    private UpChange? Find(SchemaObjectKind kind, QualifiedName name, QualifiedName? table) =>
        _changes.FirstOrDefault(change => change.Kind == kind
            && (table is null ? change.Table is null && _names.Same(change.Name, name) : IsOn(change, table) && change.Name.Name.Matches(name.Name)));

    private UpChange? Find(QualifiedName relation) =>
        _changes.FirstOrDefault(change => change.IsRelation && _names.Same(change.Name, relation));

    private void Forget(QualifiedName name, params SchemaObjectKind[] kinds) =>
        _changes.RemoveAll(change => kinds.Contains(change.Kind) && _names.Same(change.Name, name));

    private bool IsOn(UpChange change, QualifiedName table) => change.Table is { } on && _names.Same(on, table);

    /// <summary>A table, view or materialized view this script created: its columns, indexes and triggers go with it.</summary>
    private bool IsCreatedRelation(QualifiedName relation) =>
        _changes.Any(change => change is { Kind: SchemaObjectKind.Table or SchemaObjectKind.View or SchemaObjectKind.MaterializedView, IsCreated: true }
            && _names.Same(change.Name, relation));

    private bool Mentions(SqlStatement statement, params string[] words)
    {
        var text = _up.Source.AsSpan(statement.Span);
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static SchemaObjectKind KindOf(AlterTableObjectKind kind) => kind switch
    {
        AlterTableObjectKind.View => SchemaObjectKind.View,
        AlterTableObjectKind.MaterializedView => SchemaObjectKind.MaterializedView,
        AlterTableObjectKind.Index => SchemaObjectKind.Index,
        _ => SchemaObjectKind.Table,
    };

    /// <summary>The plain columns of an index; null when it has expressions or a predicate, which may use any column.</summary>
    private IReadOnlyList<SqlIdentifier>? KeyColumns(CreateIndexStatement index) =>
        index.WhereSpan is null && index.ColumnsSpan is { Length: > 2 } keys && !_up.Source.AsSpan(keys)[1..].Contains('(')
            ? [.. index.Columns, .. index.Include]
            : null;

    private static IReadOnlyList<SqlIdentifier>? KeyColumns(TableConstraint constraint) =>
        constraint.ConstraintType is ConstraintType.PrimaryKey or ConstraintType.Unique or ConstraintType.ForeignKey or ConstraintType.NotNull
        && constraint.Columns.Count > 0
            ? constraint.Columns
            : null;
}
