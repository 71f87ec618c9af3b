using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>DROP TABLE destroys data for good, and any code still reading the table fails at once.</summary>
public sealed class BanDropTable : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG104",
        "ban-drop-table",
        "Do not drop tables",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "Dropping a table deletes its data irreversibly and breaks every deployed version of the application that still uses it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is DropStatement { ObjectType: DropObjectType.Table } drop)
            {
                var names = string.Join("', '", drop.Names);
                context.Report(
                    Rule,
                    drop.Span,
                    $"Dropping table '{names}' deletes its data permanently.",
                    "Stop using the table in a release first, back it up or rename it, and drop it in a later migration.");
            }
        }
    }
}
