using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>
/// Follows one up change through a down script, statement by statement, tracking the renames the
/// down script makes on the way, to see whether it drops the object or renames it back.
/// </summary>
internal sealed class DownReplay(SqlScript down, NameComparison names)
{
    // Dependents (views, functions, triggers, constraints, columns, …) of anything dropped with
    // CASCADE go with it, and which depend on what is beyond a static look.
    private readonly bool _dropsCascade = down.Statements.Any(statement => statement is DropStatement { Behavior: DropBehavior.Cascade }
        || statement is AlterTableStatement alter && alter.Actions.Any(action =>
            action is DropColumnAction { Behavior: DropBehavior.Cascade } or DropConstraintAction { Behavior: DropBehavior.Cascade }));

    public bool Reverts(UpChange change) => change.RenamedFrom is { } original ? RenamesBack(change, original) : Drops(change);

    private bool Drops(UpChange change)
    {
        var name = change.Name;
        var table = change.Table;
        foreach (var statement in down.Statements)
        {
            if (statement is DropStatement drop)
            {
                if (drop.Names.Any(dropped => DropTargets.Removes(drop, dropped, change, name, table, names)))
                {
                    return true;
                }
            }
            else if (statement is AlterTableStatement alter)
            {
                foreach (var action in alter.Actions)
                {
                    if (DropsMember(change, name, table, alter.Table, action))
                    {
                        return true;
                    }

                    (name, table) = Follow(change, name, table, alter.Table, action);
                }
            }
        }

        return _dropsCascade && change.Kind is not (SchemaObjectKind.Table or SchemaObjectKind.Schema);
    }

    private bool RenamesBack(UpChange change, SqlIdentifier original)
    {
        var name = change.Name;
        var table = change.Table;
        foreach (var statement in down.Statements)
        {
            if (statement is AlterTableStatement alter)
            {
                foreach (var action in alter.Actions)
                {
                    (name, table) = Follow(change, name, table, alter.Table, action);
                    if (name.Name.Matches(original))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Dropping a column drops it, and the indexes and constraints built on it.</summary>
    private bool DropsMember(UpChange change, QualifiedName name, QualifiedName? table, QualifiedName altered, AlterTableAction action)
    {
        if (table is null || !names.Same(altered, table))
        {
            return false;
        }

        return action switch
        {
            DropColumnAction drop => change.Kind == SchemaObjectKind.Column
                ? name.Name.Matches(drop.Column)
                : change.Kind is SchemaObjectKind.Index or SchemaObjectKind.Constraint
                    && (change.Columns is null || change.Columns.Any(column => column.Matches(drop.Column))),
            DropConstraintAction drop => change.Kind == SchemaObjectKind.Constraint && name.Name.Matches(drop.Name),
            _ => false,
        };
    }

    /// <summary>The object's name and table after <paramref name="action"/>, which may rename either.</summary>
    private (QualifiedName Name, QualifiedName? Table) Follow(
        UpChange change, QualifiedName name, QualifiedName? table, QualifiedName altered, AlterTableAction action)
    {
        var isOnTable = table is not null && names.Same(altered, table);
        return action switch
        {
            RenameTableAction rename when change.IsRelation && names.Same(altered, name) =>
                (NameComparison.Renamed(name, rename.NewName), table),
            RenameTableAction rename when isOnTable =>
                (name, NameComparison.Renamed(table!, rename.NewName)),
            SetSchemaAction move when change.IsRelation && names.Same(altered, name) =>
                (NameComparison.Moved(name, move.Schema), table),
            SetSchemaAction move when isOnTable =>
                (name, NameComparison.Moved(table!, move.Schema)),
            RenameColumnAction rename when isOnTable && change.Kind == SchemaObjectKind.Column && name.Name.Matches(rename.From) =>
                (NameComparison.Single(rename.To), table),
            RenameConstraintAction rename when isOnTable && change.Kind == SchemaObjectKind.Constraint && name.Name.Matches(rename.From) =>
                (NameComparison.Single(rename.To), table),
            _ => (name, table),
        };
    }
}
