namespace Migrations.Lint.Sql.Syntax;

public enum DropObjectType
{
    Table,
    Index,
    View,
    MaterializedView,
    Schema,
    Type,
    Domain,
    Sequence,
    Function,
    Procedure,
    Routine,
    Aggregate,
    Trigger,
    Extension,
    ForeignTable,
    Policy,
    Rule,
    Collation,

    /// <summary>Anything else (<c>DROP CAST</c>, <c>DROP SERVER</c>, …); see <see cref="SqlStatement.Keywords"/>.</summary>
    Other,
}
