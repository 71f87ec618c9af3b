using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// The CONCURRENTLY forms refuse to run in a transaction block. A script that holds one beside other
/// work either gets wrapped in a transaction by its runner (and fails) or runs statement by
/// statement (and is left half-applied when the concurrent step fails).
/// </summary>
public sealed class ConcurrentInTransaction : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG201",
        "concurrent-in-transaction",
        "Run CONCURRENTLY statements alone, outside a transaction",
        Severity.Warning,
        RuleCategory.Transactions,
        [Dialect.Postgres],
        "CREATE INDEX, DROP INDEX, REINDEX and DETACH PARTITION with CONCURRENTLY fail inside a transaction block, and beside other statements they either fail too or leave the migration half-applied.");

    private const string Refusal = "\"cannot run inside a transaction block\"";

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        var hasOtherWork = context.Statements.Any(analyzed => IsOtherWork(analyzed.Statement));
        foreach (var analyzed in context.Statements)
        {
            if (Describe(analyzed.Statement) is not { } concurrent)
            {
                continue;
            }

            if (analyzed.InExplicitTransaction)
            {
                context.Report(
                    Rule,
                    concurrent.Span,
                    $"{concurrent.What} runs inside BEGIN … COMMIT and fails with {Refusal}.",
                    "Move it out of the transaction block, into a migration of its own.");
            }
            else if (analyzed.InTransaction)
            {
                context.Report(
                    Rule,
                    concurrent.Span,
                    $"{concurrent.What} fails with {Refusal}: the runner wraps this script in a transaction.",
                    "Move it into a migration of its own and turn the runner's transaction off for it (goose: -- +goose NO TRANSACTION; dbmate: -- migrate:up transaction:false; EF Core: Sql(…, suppressTransaction: true)).");
            }
            else if (hasOtherWork)
            {
                context.Report(
                    Rule,
                    concurrent.Span,
                    $"{concurrent.What} shares its script with other statements: a runner that wraps the script in a transaction makes it fail, and one that does not leaves the script half-applied when it fails.",
                    "Move it into a migration of its own; SET statements such as lock_timeout may stay beside it.");
            }
        }
    }

    /// <summary>
    /// Anything but a concurrent statement, a setting, or transaction control: the last is left out so
    /// the known <c>COMMIT; CREATE INDEX CONCURRENTLY …; BEGIN;</c> escape from a wrapping runner passes.
    /// </summary>
    private static bool IsOtherWork(SqlStatement statement) =>
        statement is not (SetStatement or TransactionStatement) && Describe(statement) is null;

    private static ConcurrentStatement? Describe(SqlStatement statement)
    {
        switch (statement)
        {
            case CreateIndexStatement { IsConcurrently: true } create:
                return new(create.Span, $"CREATE INDEX CONCURRENTLY on '{create.Table}'");
            case DropStatement { ObjectType: DropObjectType.Index, IsConcurrently: true } drop:
                return new(drop.Span, $"DROP INDEX CONCURRENTLY of '{string.Join("', '", drop.Names)}'");
            case ReindexStatement { IsConcurrently: true } reindex:
                var target = reindex.Target.ToString().ToUpperInvariant();
                return new(reindex.Span, reindex.Name is null
                    ? $"REINDEX {target} CONCURRENTLY"
                    : $"REINDEX {target} CONCURRENTLY of '{reindex.Name}'");
            case AlterTableStatement alter:
                foreach (var action in alter.Actions)
                {
                    if (action is DetachPartitionAction { IsConcurrently: true } detach)
                    {
                        return new(detach.Span, $"DETACH PARTITION CONCURRENTLY of '{detach.Partition}' from '{alter.Table}'");
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <param name="What">The statement in words, such as <c>CREATE INDEX CONCURRENTLY on 'users'</c>.</param>
    private sealed record ConcurrentStatement(TextSpan Span, string What);
}
