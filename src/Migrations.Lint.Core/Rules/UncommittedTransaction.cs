using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A transaction the script opens and never ends is ended by whatever comes next: usually the session
/// closes and PostgreSQL rolls the migration back, after the tool may have recorded it as applied.
/// </summary>
public sealed class UncommittedTransaction : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG216",
        "uncommitted-transaction",
        "Commit every transaction the script begins",
        Severity.Warning,
        RuleCategory.Transactions,
        [Dialect.Postgres],
        "A BEGIN without a COMMIT leaves the transaction open at the end of the script: when the session closes PostgreSQL rolls the changes back, and a runner that reuses the connection runs the next migrations inside it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        // A runner that wraps the script commits whatever is open when it ends (see nested-transaction).
        if (RunnerTransaction.Wraps(context))
        {
            return;
        }

        TransactionStatement? opener = null;
        foreach (var analyzed in context.Statements)
        {
            switch (analyzed.Statement)
            {
                case TransactionStatement { Action: TransactionAction.Begin } begin:
                    // A BEGIN inside an open transaction is ignored; the first one still decides.
                    opener ??= begin;
                    break;
                case TransactionStatement { Action: TransactionAction.Commit or TransactionAction.Rollback } end:
                    opener = end.IsChain ? end : null;
                    break;
                case OtherStatement { Keywords: "PREPARE TRANSACTION" }:
                    // Two-phase commit: the transaction leaves the session, to be finished by COMMIT PREPARED.
                    opener = null;
                    break;
            }
        }

        if (opener is not null)
        {
            var message = opener.Action == TransactionAction.Begin
                ? "This transaction is never committed: the script ends with it still open."
                : "AND CHAIN starts a transaction that is never committed: the script ends with it still open.";
            context.Report(Rule, opener.Span, message, "End the script with COMMIT, or remove the BEGIN and let the migration tool manage the transaction.");
        }
    }
}
