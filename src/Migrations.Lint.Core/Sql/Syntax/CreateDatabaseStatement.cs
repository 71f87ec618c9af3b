namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE DATABASE name [options]</c>.</summary>
public sealed class CreateDatabaseStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateDatabase;

    public required SqlIdentifier Name { get; init; }
}
