using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table. The drop itself is quick,
/// but it waits behind every running query on the table, and every new query waits behind it.
/// </summary>
public sealed class RequireConcurrentIndexDrop : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG202",
        "require-concurrent-index-drop",
        "Drop indexes concurrently",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table, so it queues behind long-running queries and blocks every read and write that arrives after it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not DropStatement { ObjectType: DropObjectType.Index, IsConcurrently: false } drop)
            {
                continue;
            }

            var existing = drop.Names.Where(name => !IsCreatedEarlierWithoutConcurrently(context, name, analyzed)).ToList();
            if (existing.Count > 0)
            {
                context.Report(
                    Rule,
                    drop.Span,
                    $"Dropping index '{string.Join("', '", existing)}' without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: reads and writes queue behind it.",
                    "Use DROP INDEX CONCURRENTLY (one index per statement, no CASCADE), in a migration of its own that runs outside a transaction.");
            }
        }
    }

    /// <summary>
    /// True for an index this script built earlier with a plain CREATE INDEX: its table is either new
    /// or already reported by require-concurrent-index. We cannot know the table of any other index.
    /// </summary>
    private static bool IsCreatedEarlierWithoutConcurrently(ScriptContext context, QualifiedName index, AnalyzedStatement drop)
    {
        for (var i = 0; i < drop.Index; i++)
        {
            // An index lives in the schema of its table.
            if (context.Statements[i].Statement is CreateIndexStatement { IsConcurrently: false, Name: { } name } create
                && new QualifiedName([.. create.Table.Parts.SkipLast(1), name], name.Span).Matches(index))
            {
                return true;
            }
        }

        return false;
    }
}
