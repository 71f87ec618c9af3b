namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column [SET DATA] TYPE type [COLLATE c] [USING expr]</c>.</summary>
public sealed class AlterColumnTypeAction : AlterColumnAction
{
    public required DataType DataType { get; init; }

    public SqlExpression? Using { get; init; }

    /// <summary>
    /// T-SQL's <c>ALTER COLUMN c type [NULL|NOT NULL]</c> states nullability too: true for <c>NOT NULL</c>,
    /// false for <c>NULL</c>, null when not written (SQL Server then makes the column nullable).
    /// </summary>
    public bool? IsNotNull { get; init; }

    /// <summary>T-SQL's <c>WITH (ONLINE = ON)</c>.</summary>
    public bool IsOnline { get; init; }
}
