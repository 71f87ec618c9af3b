using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A plain REINDEX blocks writes to the table and takes an ACCESS EXCLUSIVE lock on each index it
/// rebuilds; since the planner locks every index of a table it plans for, nearly every query waits.
/// </summary>
public sealed class RequireConcurrentReindex : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG203",
        "require-concurrent-reindex",
        "Rebuild indexes concurrently",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "REINDEX without CONCURRENTLY (SQL Server: ALTER INDEX … REBUILD without ONLINE = ON) blocks writes to the table and nearly every query on it for as long as the rebuild takes.");

    /// <summary>The first version with <c>REINDEX … CONCURRENTLY</c>.</summary>
    private const int ConcurrentlyVersion = 12;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        if (context.Dialect == Dialect.SqlServer)
        {
            CheckRebuilds(context);
            return;
        }

        foreach (var analyzed in context.Statements)
        {
            // System catalogs cannot be reindexed concurrently, so REINDEX SYSTEM has no alternative to suggest.
            if (analyzed.Statement is not ReindexStatement { IsConcurrently: false } reindex
                || reindex.Target == ReindexTarget.System
                || (reindex.Target == ReindexTarget.Table && reindex.Name is { } table && context.IsCreatedEarlier(table, analyzed)))
            {
                continue;
            }

            var target = reindex.Target.ToString().ToUpperInvariant();
            var named = reindex.Name is null ? "" : $" '{reindex.Name}'";
            var scope = reindex.Target switch
            {
                ReindexTarget.Index => "its table, and nearly every query on it,",
                ReindexTarget.Table => "the table, and nearly every query on it,",
                ReindexTarget.Schema => "every table in the schema, and nearly every query on them,",
                _ => "every table in the database, and nearly every query on them,",
            };
            context.Report(
                Rule,
                reindex.Span,
                $"REINDEX {target}{named} without CONCURRENTLY blocks writes to {scope} until the rebuild ends.",
                context.Settings.PgVersion >= ConcurrentlyVersion
                    ? $"Use REINDEX {target} CONCURRENTLY, in a migration of its own that runs outside a transaction."
                    : "PostgreSQL before 12 has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY, and rename the new one.");
        }
    }

    /// <summary>
    /// SQL Server's <c>ALTER INDEX … REBUILD</c> is its REINDEX: offline, it holds a schema modification lock
    /// on the table (for a clustered index or ALL) or a shared one (nonclustered) until the rebuild ends.
    /// </summary>
    private static void CheckRebuilds(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not ReindexStatement { IsOnline: false, Table: { } table } rebuild
                || context.IsCreatedEarlier(table, analyzed))
            {
                continue;
            }

            var index = rebuild.Target == ReindexTarget.Index && rebuild.Name is { } name ? $"index '{name}'" : "every index";
            context.Report(
                Rule,
                rebuild.Span,
                $"Rebuilding {index} of '{table}' without ONLINE = ON blocks writes to the table (reads too, for a clustered index) until the rebuild ends.",
                "Add WITH (ONLINE = ON) (Enterprise edition or Azure SQL), and RESUMABLE = ON for a large index; or REORGANIZE, which is always online.");
        }
    }
}
