namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]</c>.</summary>
public sealed class CreateExtensionStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateExtension;

    public required SqlIdentifier Name { get; init; }

    public bool IfNotExists { get; init; }

    public SqlIdentifier? Schema { get; init; }
}
