namespace Migrations.Lint.Sql.Syntax;

/// <summary>Valid SQL that is not modelled; <see cref="SqlStatement.Keywords"/> says what it is.</summary>
public sealed class OtherStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Other;
}
