using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A plain CREATE INDEX takes a SHARE lock: the table accepts no INSERT, UPDATE or DELETE until the
/// whole index is built. SQL Server's offline build does the same (a clustered one blocks reads too)
/// unless it is built <c>WITH (ONLINE = ON)</c>. Tables created earlier in the same migration have no
/// other users yet.
/// </summary>
public sealed class RequireConcurrentIndex : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG102",
        "require-concurrent-index",
        "Create indexes concurrently",
        Severity.Error,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "CREATE INDEX without CONCURRENTLY (SQL Server: without ONLINE = ON) blocks all writes to the table while the index is built, which on a large table means minutes of failed or queued requests.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not CreateIndexStatement index
                || context.IsCreatedEarlier(index.Table, analyzed))
            {
                continue;
            }

            if (context.Dialect == Dialect.SqlServer && !index.IsOnline)
            {
                var blocked = index.IsClustered ? "reads and writes" : "writes";
                context.Report(
                    Rule,
                    index.Span,
                    $"Creating an index on '{index.Table}' without ONLINE = ON blocks {blocked} on the table until the index is built.",
                    "Add WITH (ONLINE = ON) (Enterprise edition or Azure SQL), and RESUMABLE = ON for a large table so the build can be paused and resumed.");
            }
            else if (context.Dialect == Dialect.Postgres && !index.IsConcurrently)
            {
                context.Report(
                    Rule,
                    index.Span,
                    $"Creating an index on '{index.Table}' without CONCURRENTLY blocks writes to the table until the index is built.",
                    "Use CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction.");
            }
        }
    }
}
