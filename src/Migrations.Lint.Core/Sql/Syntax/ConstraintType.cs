namespace Migrations.Lint.Sql.Syntax;

public enum ConstraintType
{
    PrimaryKey,
    Unique,
    ForeignKey,
    Check,
    Exclude,

    /// <summary>A named <c>NOT NULL</c> constraint (PostgreSQL 18).</summary>
    NotNull,
}
