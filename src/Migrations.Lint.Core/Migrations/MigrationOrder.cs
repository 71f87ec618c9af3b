namespace Migrations.Lint.Migrations;

/// <summary>The order migrations apply in; ties fall back to the path so the order is always the same.</summary>
internal sealed class MigrationOrder : IComparer<Migration>
{
    public static readonly MigrationOrder Instance = new();

    public int Compare(Migration? x, Migration? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var order = Group(x).CompareTo(Group(y));
        if (order == 0 && x.Version is not null)
        {
            order = x.Version.CompareTo(y.Version);
            order = order != 0 ? order : x.Kind.CompareTo(y.Kind);
        }
        else if (order == 0 && x.Kind == MigrationKind.Repeatable)
        {
            order = string.CompareOrdinal(x.Description, y.Description);
        }

        order = order != 0 ? order : Nullable.Compare(x.Dialect, y.Dialect);
        return order != 0 ? order : string.CompareOrdinal(x.Up.Path, y.Up.Path);
    }

    private static int Group(Migration migration) =>
        migration.Version is not null ? 0 : migration.Kind == MigrationKind.Repeatable ? 1 : 2;
}
