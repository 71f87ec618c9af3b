using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>The words between <c>CREATE</c> and the object type.</summary>
internal struct PgCreateModifiers
{
    public bool OrReplace { get; set; }

    public bool IsTemporary { get; set; }

    public bool IsUnlogged { get; set; }

    public readonly bool IsUnique => UniqueSpan is not null;

    /// <summary>Where <c>UNIQUE</c> was written, which only <c>CREATE INDEX</c> allows.</summary>
    public TextSpan? UniqueSpan { get; set; }

    public bool IsRecursive { get; set; }

    /// <summary><c>CREATE CONSTRAINT TRIGGER</c>.</summary>
    public bool IsConstraint { get; set; }
}
