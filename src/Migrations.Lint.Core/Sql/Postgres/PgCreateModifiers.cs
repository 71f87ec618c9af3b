namespace Migrations.Lint.Sql.Postgres;

/// <summary>The words between <c>CREATE</c> and the object type.</summary>
internal struct PgCreateModifiers
{
    public bool OrReplace { get; set; }

    public bool IsTemporary { get; set; }

    public bool IsUnlogged { get; set; }

    public bool IsUnique { get; set; }

    public bool IsRecursive { get; set; }

    /// <summary><c>CREATE CONSTRAINT TRIGGER</c>.</summary>
    public bool IsConstraint { get; set; }
}
