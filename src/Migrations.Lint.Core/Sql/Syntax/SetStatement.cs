using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// <c>SET [SESSION|LOCAL] name {TO|=} value</c> or <c>RESET name</c>. Special forms get the
/// parameter name PostgreSQL gives them: <c>SET TIME ZONE</c> is <c>timezone</c>, <c>SET ROLE</c> is
/// <c>role</c>, <c>SET SESSION AUTHORIZATION</c> is <c>session_authorization</c>, <c>SET NAMES</c> is
/// <c>client_encoding</c>, <c>SET SCHEMA</c> is <c>search_path</c>, <c>SET TRANSACTION</c> is
/// <c>transaction</c>, and <c>RESET ALL</c> is <c>all</c>.
/// </summary>
public sealed class SetStatement : SqlStatement
{
    public override StatementKind Kind => IsReset ? StatementKind.Reset : StatementKind.Set;

    /// <summary>The parameter, lower-cased (quoted names keep their case).</summary>
    public required string Name { get; init; }

    public required TextSpan NameSpan { get; init; }

    public bool IsReset { get; init; }

    public bool IsLocal { get; init; }

    /// <summary>An explicit <c>SESSION</c> keyword.</summary>
    public bool IsSession { get; init; }

    /// <summary>The value as written (<c>'5s'</c>, <c>5000</c>, <c>DEFAULT</c>, <c>a, b</c>); null for <c>RESET</c>.</summary>
    public string? Value { get; init; }

    public TextSpan? ValueSpan { get; init; }
}
