using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// ADD COLUMN … NOT NULL without a DEFAULT fails on any table that has rows, and old application
/// versions that insert without the column fail once it succeeds.
/// </summary>
public sealed class AddingNotNullWithoutDefault : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG103",
        "adding-not-null-without-default",
        "Add NOT NULL columns with a default",
        Severity.Error,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Adding a NOT NULL column without a DEFAULT fails as soon as the table has a row, and breaks inserts from application versions that do not know the column.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement alter || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var action in alter.Actions)
            {
                if (action is AddColumnAction { Column: { IsNotNull: true, Default: null, Generated: GeneratedColumnKind.None } column })
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Adding NOT NULL column '{column.Name}' to '{alter.Table}' without a DEFAULT fails if the table has rows.",
                        context.Dialect == Dialect.SqlServer
                            ? "Add the column with a constant DEFAULT (metadata-only on SQL Server 2012+ Enterprise), or add it NULL, backfill, then ALTER COLUMN … NOT NULL."
                            : "Add the column with a DEFAULT (instant on PostgreSQL 11+), or add it nullable, backfill, then add NOT NULL.");
                }
            }
        }
    }
}
