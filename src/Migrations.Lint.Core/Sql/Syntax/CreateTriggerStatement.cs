namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name … ON table … EXECUTE FUNCTION f(…)</c>.</summary>
public sealed class CreateTriggerStatement : SqlStatement
{
    public override StatementKind Kind => StatementKind.CreateTrigger;

    public bool OrReplace { get; init; }

    public bool IsConstraint { get; init; }

    public required SqlIdentifier Name { get; init; }

    public QualifiedName? Table { get; init; }

    public QualifiedName? Function { get; init; }
}
