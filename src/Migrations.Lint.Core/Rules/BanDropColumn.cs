using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// DROP COLUMN is a quick catalog change, but the data is gone for good and every deployed
/// application version that still names the column (or reads it through <c>SELECT *</c>) fails.
/// </summary>
public sealed class BanDropColumn : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG105",
        "ban-drop-column",
        "Do not drop columns",
        Severity.Error,
        RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer],
        "Dropping a column deletes its data irreversibly and breaks every deployed version of the application that still reads or writes it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            // Foreign tables keep their data on the remote server, and a table created in this
            // migration has no data or readers yet.
            if (analyzed.Statement is not AlterTableStatement { ObjectKind: AlterTableObjectKind.Table } alter
                || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var action in alter.Actions)
            {
                if (action is DropColumnAction drop)
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Dropping column '{drop.Column}' from '{alter.Table}' deletes its data permanently.",
                        "Stop using the column in a release first (SELECT * readers included), then drop it in a later migration.");
                }
            }
        }
    }
}
