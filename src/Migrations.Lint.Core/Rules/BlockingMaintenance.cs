using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// VACUUM FULL, CLUSTER and a plain REFRESH MATERIALIZED VIEW rebuild a whole relation under an
/// ACCESS EXCLUSIVE lock: nobody reads or writes it until they finish. REINDEX is require-concurrent-reindex's.
/// </summary>
public sealed class BlockingMaintenance : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG211",
        "blocking-maintenance",
        "Avoid maintenance that locks out readers",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "VACUUM FULL, CLUSTER and REFRESH MATERIALIZED VIEW without CONCURRENTLY rewrite the whole table or view under an ACCESS EXCLUSIVE lock, blocking every read and write until they finish.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            switch (analyzed.Statement)
            {
                case VacuumStatement { IsFull: true } vacuum:
                    CheckVacuumFull(context, vacuum, analyzed);
                    break;
                case ClusterStatement cluster when cluster.Table is null || !context.IsCreatedEarlier(cluster.Table, analyzed):
                    context.Report(
                        Rule,
                        cluster.Span,
                        cluster.Table is null
                            ? "CLUSTER without a table rewrites every table clustered before, each under an ACCESS EXCLUSIVE lock."
                            : $"CLUSTER rewrites '{cluster.Table}' under an ACCESS EXCLUSIVE lock: every read and write of it waits until it finishes.",
                        "Reorder rows online with pg_repack, or run CLUSTER by hand in a maintenance window.");
                    break;
                case RefreshMaterializedViewStatement { IsConcurrently: false } refresh
                    when refresh.Name is null || !IsMaterializedViewCreatedEarlier(context, refresh.Name, analyzed):
                    ReportRefresh(context, refresh);
                    break;
            }
        }
    }

    private static void CheckVacuumFull(ScriptContext context, VacuumStatement vacuum, AnalyzedStatement analyzed)
    {
        if (vacuum.Tables.Count == 0)
        {
            context.Report(
                Rule,
                vacuum.Span,
                "VACUUM FULL without a table rewrites every table in the database, each under an ACCESS EXCLUSIVE lock.",
                "Use plain VACUUM, which runs beside reads and writes, or pg_repack to give space back online.");
            return;
        }

        var existing = vacuum.Tables.Where(table => !context.IsCreatedEarlier(table, analyzed)).ToList();
        if (existing.Count > 0)
        {
            context.Report(
                Rule,
                vacuum.Span,
                $"VACUUM FULL rewrites '{string.Join("', '", existing)}' under an ACCESS EXCLUSIVE lock: every read and write waits until it finishes.",
                "Use plain VACUUM, which runs beside reads and writes, or pg_repack to give space back online.");
        }
    }

    private static void ReportRefresh(ScriptContext context, RefreshMaterializedViewStatement refresh)
    {
        var view = refresh.Name is null ? "the materialized view" : $"'{refresh.Name}'";
        if (refresh.WithNoData)
        {
            context.Report(
                Rule,
                refresh.Span,
                $"REFRESH MATERIALIZED VIEW … WITH NO DATA leaves {view} unscannable: every query on it fails until the next refresh.",
                "Refresh it with data, CONCURRENTLY, instead of emptying it.");
            return;
        }

        context.Report(
            Rule,
            refresh.Span,
            $"REFRESH MATERIALIZED VIEW {view} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock: every query on the view waits until the refresh ends.",
            "Use REFRESH MATERIALIZED VIEW CONCURRENTLY; it needs a UNIQUE index on plain columns of the view, with no WHERE clause.");
    }

    /// <summary>A view created earlier in this script has no readers yet, so filling it blocks nobody.</summary>
    private static bool IsMaterializedViewCreatedEarlier(ScriptContext context, QualifiedName view, AnalyzedStatement refresh)
    {
        for (var i = 0; i < refresh.Index; i++)
        {
            if (context.Statements[i].Statement is CreateViewStatement { IsMaterialized: true } create && create.Name.Matches(view))
            {
                return true;
            }
        }

        return false;
    }
}
