namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>TRUNCATE [TABLE] [ONLY] name, … [RESTART IDENTITY] [CASCADE]</c>.</summary>
public sealed class TruncateStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Truncate;

    public IReadOnlyList<QualifiedName> Tables { get; init; } = [];

    public bool IsCascade { get; init; }

    public bool RestartIdentity { get; init; }
}
