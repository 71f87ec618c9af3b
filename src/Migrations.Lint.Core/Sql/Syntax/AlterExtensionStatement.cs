namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ALTER EXTENSION name UPDATE|SET SCHEMA|ADD|DROP …</c>.</summary>
public sealed class AlterExtensionStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.AlterExtension;

    public required SqlIdentifier Name { get; init; }
}
