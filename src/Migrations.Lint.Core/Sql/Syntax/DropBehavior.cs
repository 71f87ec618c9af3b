namespace Migrations.Lint.Sql.Syntax;

public enum DropBehavior
{
    /// <summary>Neither <c>CASCADE</c> nor <c>RESTRICT</c> was written (which means restrict).</summary>
    None,
    Cascade,
    Restrict,
}
