using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table, stopping every
/// query on every partition. PostgreSQL 14 added CONCURRENTLY; before it there is nothing to require.
/// </summary>
public sealed class RequireConcurrentDetach : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG204",
        "require-concurrent-detach",
        "Detach partitions concurrently",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking every read and write of all its partitions.");

    /// <summary>The first version with <c>DETACH PARTITION … CONCURRENTLY</c>.</summary>
    private const int ConcurrentlyVersion = 14;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        if (context.Settings.PgVersion < ConcurrentlyVersion)
        {
            return;
        }

        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement alter || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var action in alter.Actions)
            {
                // FINALIZE completes an interrupted concurrent detach; it has no concurrent form.
                if (action is DetachPartitionAction { IsConcurrently: false, IsFinalize: false } detach)
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Detaching partition '{detach.Partition}' from '{alter.Table}' without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on '{alter.Table}': every read and write of the table waits.",
                        "Use DETACH PARTITION … CONCURRENTLY, in a migration of its own that runs outside a transaction (not possible while the table has a DEFAULT partition).");
                }
            }
        }
    }
}
