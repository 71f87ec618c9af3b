namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>[WITH …] INSERT INTO table …</c>.</summary>
public sealed class InsertStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.Insert;

    /// <summary>Null only when the statement is cut short.</summary>
    public QualifiedName? Target { get; init; }
}
