namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER SYSTEM SET name {TO|=} value</c> or <c>ALTER SYSTEM RESET name|ALL</c>.</summary>
public sealed class AlterSystemStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterSystem;

    /// <summary>The parameter, lower-cased; <c>all</c> for <c>RESET ALL</c>.</summary>
    public required string Name { get; init; }

    public bool IsReset { get; init; }

    /// <summary>The value as written; null for <c>RESET</c>.</summary>
    public string? Value { get; init; }
}
