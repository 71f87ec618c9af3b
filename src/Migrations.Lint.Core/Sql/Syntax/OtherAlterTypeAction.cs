namespace Migrations.Lint.Sql.Syntax;

/// <summary>Any other change (<c>RENAME TO</c>, <c>OWNER TO</c>, <c>ADD ATTRIBUTE</c>, …), named by its leading keywords.</summary>
public sealed class OtherAlterTypeAction : AlterTypeAction
{
    public required string Keywords { get; init; }
}
