using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A plain CREATE INDEX takes a SHARE lock: the table accepts no INSERT, UPDATE or DELETE until the
/// whole index is built. Tables created earlier in the same migration have no other users yet.
/// </summary>
public sealed class RequireConcurrentIndex : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG102",
        "require-concurrent-index",
        "Create indexes concurrently",
        Severity.Error,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "CREATE INDEX without CONCURRENTLY blocks all writes to the table while the index is built, which on a large table means minutes of failed or queued requests.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is CreateIndexStatement { IsConcurrently: false } index
                && !context.IsCreatedEarlier(index.Table, analyzed))
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
