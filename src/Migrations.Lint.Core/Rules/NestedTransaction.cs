using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// PostgreSQL has no nested transactions: a BEGIN inside one only warns, and the COMMIT meant for
/// the inner one commits the outer one early, so a later failure can no longer roll everything back.
/// </summary>
public sealed class NestedTransaction : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG217",
        "nested-transaction",
        "Do not BEGIN inside a transaction",
        Severity.Warning,
        RuleCategory.Transactions,
        [Dialect.Postgres],
        "A BEGIN inside an open transaction is ignored with a warning, and its COMMIT commits the outer transaction early, so a failure later in the migration leaves it half-applied.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        // The engine treats a script with its own BEGIN as unwrapped; the setting says the runner wraps it anyway.
        var runnerTransactionOpen = RunnerTransaction.Wraps(context);
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not TransactionStatement transaction)
            {
                continue;
            }

            if (transaction.Action == TransactionAction.Begin && analyzed.InExplicitTransaction)
            {
                context.Report(
                    Rule,
                    transaction.Span,
                    "BEGIN inside a transaction this script already began is ignored; the next COMMIT ends both.",
                    "Remove the inner BEGIN and its COMMIT, or use SAVEPOINT for a part that may roll back on its own.");
            }
            else if (transaction.Action == TransactionAction.Begin && runnerTransactionOpen)
            {
                context.Report(
                    Rule,
                    transaction.Span,
                    "BEGIN inside the transaction the migration tool wraps the script in is ignored; the script's COMMIT ends the tool's transaction early.",
                    "Remove BEGIN and COMMIT and let the tool manage the transaction, or turn the tool's transaction off for this migration.");
            }

            if (transaction.Action is TransactionAction.Commit or TransactionAction.Rollback)
            {
                runnerTransactionOpen = false;
            }
        }
    }
}
