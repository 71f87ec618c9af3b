namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// How an expression's value varies, as PostgreSQL's function volatility categories describe it.
/// A column default that is <see cref="Volatile"/> forces a table rewrite when the column is added.
/// </summary>
public enum Volatility
{
    /// <summary>Literals, casts of literals and operators on them.</summary>
    Constant,

    /// <summary>Fixed within a statement, such as <c>now()</c>.</summary>
    Stable,

    /// <summary>May change on every row, such as <c>random()</c> or <c>nextval(…)</c>.</summary>
    Volatile,

    /// <summary>Calls a function we cannot classify.</summary>
    Unknown,
}
