namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER [COLUMN] column [SET DATA] TYPE type [COLLATE c] [USING expr]</c>.</summary>
public sealed class AlterColumnTypeAction : AlterColumnAction
{
    public required DataType DataType { get; init; }

    public SqlExpression? Using { get; init; }
}
