using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules.Reversal;

/// <summary>How findings name an up change, and the statement that would undo it.</summary>
internal static class ChangeDescription
{
    /// <summary>E.g. <c>table 'orders'</c>, <c>column 'email' of 'users'</c>, <c>trigger 'audit' on 'orders'</c>.</summary>
    public static string Describe(UpChange change) => change.Kind switch
    {
        SchemaObjectKind.Column or SchemaObjectKind.Constraint => $"{Word(change.Kind)} '{change.Name}' of '{change.Table}'",
        SchemaObjectKind.Trigger => $"trigger '{change.Name}' on '{change.Table}'",
        _ => $"{Word(change.Kind)} '{change.Name}'",
    };

    /// <summary>The down statement that undoes <paramref name="change"/>, e.g. <c>DROP TABLE orders</c>.</summary>
    public static string Undo(UpChange change)
    {
        var name = Sql(change.Name);
        var table = change.Table is { } on ? Sql(on) : "";
        if (change.RenamedFrom is { } original)
        {
            var back = Quote(original.Normalized);
            return change.Kind switch
            {
                SchemaObjectKind.Column => $"ALTER TABLE {table} RENAME COLUMN {name} TO {back}",
                SchemaObjectKind.Constraint => $"ALTER TABLE {table} RENAME CONSTRAINT {name} TO {back}",
                _ => $"ALTER {Word(change.Kind).ToUpperInvariant()} {name} RENAME TO {back}",
            };
        }

        return change.Kind switch
        {
            SchemaObjectKind.Column => $"ALTER TABLE {table} DROP COLUMN {name}",
            SchemaObjectKind.Constraint => $"ALTER TABLE {table} DROP CONSTRAINT {name}",
            SchemaObjectKind.Trigger => $"DROP TRIGGER {name} ON {table}",
            _ => $"DROP {Word(change.Kind).ToUpperInvariant()} {name}",
        };
    }

    private static string Word(SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.MaterializedView => "materialized view",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Sql(QualifiedName name) => string.Join('.', name.Parts.Select(part => Quote(part.Normalized)));

    /// <summary>Quotes a name that PostgreSQL would otherwise fold to lower case or not read as one identifier.</summary>
    private static string Quote(string name)
    {
        var isPlain = name.Length > 0 && !char.IsAsciiDigit(name[0])
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '$');
        return isPlain ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
