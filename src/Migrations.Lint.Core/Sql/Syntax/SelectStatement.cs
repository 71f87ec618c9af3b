namespace Migrations.Lint.Sql.Syntax;

/// <summary>A query: <c>SELECT</c>, <c>VALUES</c>, <c>TABLE name</c>, or <c>WITH …</c> ending in one of them.</summary>
public sealed class SelectStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Select;
}
