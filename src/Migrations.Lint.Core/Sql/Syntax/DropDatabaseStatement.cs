namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>DROP DATABASE [IF EXISTS] name [[WITH] (FORCE)]</c>.</summary>
public sealed class DropDatabaseStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.DropDatabase;

    public SqlIdentifier? Name { get; init; }

    public bool IfExists { get; init; }

    public bool IsForce { get; init; }
}
