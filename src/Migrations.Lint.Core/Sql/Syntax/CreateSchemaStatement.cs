namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role] [elements]</c>.</summary>
public sealed class CreateSchemaStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateSchema;

    /// <summary>The schema's name: when only <c>AUTHORIZATION role</c> is written, the role's name.</summary>
    public required SqlIdentifier Name { get; init; }

    public bool IfNotExists { get; init; }

    public SqlIdentifier? Authorization { get; init; }
}
