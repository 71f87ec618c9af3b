namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// A statement whose kind is known from its keywords but whose parts could not be read: it is cut
/// short (a syntax error then says where) or uses a form we do not model.
/// </summary>
public sealed class UnparsedStatement(StatementKind kind) : SqlStatement
{
    public override StatementKind Kind { get; } = kind;
}
