using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// TRUNCATE empties tables without a trace a down script could undo; with CASCADE it also empties
/// every table that references them, which the migration never names.
/// </summary>
public sealed class BanTruncate : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG107",
        "ban-truncate",
        "Do not truncate tables",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "TRUNCATE deletes every row of a table irreversibly (with CASCADE, of every table referencing it too) under an ACCESS EXCLUSIVE lock.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            // Emptying tables this migration created loses nothing; CASCADE may still reach older ones.
            if (analyzed.Statement is not TruncateStatement truncate
                || (!truncate.IsCascade && truncate.Tables.All(table => context.IsCreatedEarlier(table, analyzed))))
            {
                continue;
            }

            var tables = string.Join("', '", truncate.Tables);
            var them = truncate.Tables.Count == 1 ? "it" : "them";
            context.Report(
                Rule,
                truncate.Span,
                truncate.IsCascade
                    ? $"TRUNCATE … CASCADE deletes every row of '{tables}' and of every table that references {them} through a foreign key, permanently."
                    : $"TRUNCATE deletes every row of '{tables}' permanently.",
                context.Dialect == Dialect.SqlServer
                    ? "Delete only the rows you mean to with DELETE … WHERE in batches, or back the table up first; TRUNCATE also takes a schema modification (Sch-M) lock."
                    : "Delete only the rows you mean to with DELETE … WHERE in batches, or back the table up first; TRUNCATE also takes an ACCESS EXCLUSIVE lock.");
        }
    }
}
