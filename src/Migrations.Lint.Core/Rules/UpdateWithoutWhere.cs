using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// An UPDATE without WHERE overwrites a column in every row: a forgotten condition destroys data for
/// good, and a deliberate one rewrites and locks the whole table in one transaction.
/// </summary>
public sealed class UpdateWithoutWhere : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG301",
        "update-without-where",
        "Limit UPDATE with a WHERE clause",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "UPDATE without WHERE overwrites every row of the table, losing the old values for good, and locks every row until the migration commits.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is UpdateStatement { HasWhere: false, Target: { } table } update
                && !context.IsCreatedEarlier(table, analyzed))
            {
                context.Report(
                    Rule,
                    update.Span,
                    $"UPDATE of '{table}' without WHERE changes every row of the table.",
                    "Add a WHERE clause; for a deliberate backfill, update in batches of a few thousand rows (WHERE id >= … AND id < …).");
            }
        }
    }
}
