using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>What a DROP statement takes away: the objects it names, and what goes along with them.</summary>
internal static class DropTargets
{
    /// <summary>
    /// True when dropping <paramref name="dropped"/> removes <paramref name="change"/>'s object, known by
    /// then as <paramref name="name"/> on <paramref name="table"/>: named directly, or taken along with
    /// its table, parent table or (with CASCADE) schema.
    /// </summary>
    public static bool Removes(
        DropStatement drop,
        QualifiedName dropped,
        UpChange change,
        QualifiedName name,
        QualifiedName? table,
        NameComparison names)
    {
        if (Covers(drop.ObjectType, change.Kind)
            && (change.Kind == SchemaObjectKind.Trigger
                ? drop.Table is { } on && table is not null && names.Same(on, table) && dropped.Name.Matches(name.Name)
                : names.Same(dropped, name)))
        {
            return true;
        }

        return drop.ObjectType switch
        {
            DropObjectType.Table or DropObjectType.ForeignTable =>
                table is not null && names.Same(dropped, table) || change.Parents.Any(parent => names.Same(parent, dropped)),

            // Materialized views have indexes, and views INSTEAD OF triggers.
            DropObjectType.View or DropObjectType.MaterializedView => table is not null && names.Same(dropped, table),
            DropObjectType.Schema =>
                drop.Behavior == DropBehavior.Cascade
                && change.Kind is not (SchemaObjectKind.Schema or SchemaObjectKind.Extension)
                && names.IsIn(table ?? name, dropped),
            _ => false,
        };
    }

    /// <summary>Whether a DROP of <paramref name="type"/> can name an object of <paramref name="kind"/>.</summary>
    private static bool Covers(DropObjectType type, SchemaObjectKind kind) => type switch
    {
        DropObjectType.Table or DropObjectType.ForeignTable => kind == SchemaObjectKind.Table,
        DropObjectType.View => kind == SchemaObjectKind.View,
        DropObjectType.MaterializedView => kind == SchemaObjectKind.MaterializedView,
        DropObjectType.Index => kind == SchemaObjectKind.Index,
        DropObjectType.Sequence => kind == SchemaObjectKind.Sequence,

        // DROP TYPE accepts a domain too; DROP DOMAIN accepts nothing else.
        DropObjectType.Type => kind is SchemaObjectKind.Type or SchemaObjectKind.Domain,
        DropObjectType.Domain => kind == SchemaObjectKind.Domain,
        DropObjectType.Function or DropObjectType.Procedure or DropObjectType.Routine => kind is SchemaObjectKind.Function or SchemaObjectKind.Procedure,
        DropObjectType.Trigger => kind == SchemaObjectKind.Trigger,
        DropObjectType.Schema => kind == SchemaObjectKind.Schema,
        DropObjectType.Extension => kind == SchemaObjectKind.Extension,
        _ => false,
    };
}
