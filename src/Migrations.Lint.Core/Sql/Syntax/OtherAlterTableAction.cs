namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// Any other action, named by its keywords: <c>SET TABLESPACE</c>, <c>SET LOGGED</c>, <c>OWNER TO</c>,
/// <c>ENABLE ROW LEVEL SECURITY</c>, or <c>ALTER COLUMN SET STATISTICS</c> (the column name left out).
/// </summary>
public sealed class OtherAlterTableAction : AlterTableAction
{
    public required string Keywords { get; init; }

    /// <summary>The column of an <c>ALTER [COLUMN] column …</c> action.</summary>
    public SqlIdentifier? Column { get; init; }
}
