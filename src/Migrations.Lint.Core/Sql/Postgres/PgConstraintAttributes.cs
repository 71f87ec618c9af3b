namespace Migrations.Lint.Sql.Postgres;

/// <summary>The attributes that may follow a constraint (<c>DEFERRABLE</c>, <c>NOT VALID</c>, …).</summary>
internal struct PgConstraintAttributes
{
    public bool IsDeferrable { get; set; }

    public bool IsNotValid { get; set; }
}
