using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>A DELETE without WHERE empties the table: a forgotten condition is unrecoverable data loss.</summary>
public sealed class DeleteWithoutWhere : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG302",
        "delete-without-where",
        "Limit DELETE with a WHERE clause",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "DELETE without WHERE removes every row of the table, which no down script can bring back, and locks every row until the migration commits.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is DeleteStatement { HasWhere: false, Target: { } table } delete
                && !context.IsCreatedEarlier(table, analyzed))
            {
                context.Report(
                    Rule,
                    delete.Span,
                    delete.TopSpan is null
                        ? $"DELETE from '{table}' without WHERE removes every row of the table."
                        : $"DELETE TOP from '{table}' without WHERE removes arbitrary rows of the table, and every row when repeated.",
                    "Add a WHERE clause; to empty a table on purpose, say so with a suppression and back the data up first.");
            }
        }
    }
}
