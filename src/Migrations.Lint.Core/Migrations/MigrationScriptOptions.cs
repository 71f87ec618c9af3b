namespace Migrations.Lint.Migrations;

/// <summary>How the migration tool runs a script, as declared in the file.</summary>
[Flags]
public enum MigrationScriptOptions
{
    None = 0,

    /// <summary>
    /// Run outside a transaction (<c>-- +goose NO TRANSACTION</c>, dbmate <c>transaction:false</c>,
    /// sql-migrate <c>notransaction</c>): needed for <c>CREATE INDEX CONCURRENTLY</c>, and a failure
    /// half-way leaves the schema half-migrated.
    /// </summary>
    NoTransaction = 1,
}
