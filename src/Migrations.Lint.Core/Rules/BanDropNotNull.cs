using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// DROP NOT NULL is cheap for the database (a brief ACCESS EXCLUSIVE lock, no scan) but widens a
/// contract: readers written for the old one — application code, PL/pgSQL, reports — get NULLs they
/// never had to handle.
/// </summary>
public sealed class BanDropNotNull : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG214",
        "ban-drop-not-null",
        "Do not drop NOT NULL",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "Dropping NOT NULL lets NULLs into a column that running application versions, triggers and functions were written to read as always set.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement alter || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var action in alter.Actions)
            {
                if (action is DropNotNullAction dropNotNull)
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Dropping NOT NULL on column '{dropNotNull.Column}' of '{alter.Table}' lets NULLs reach code that assumes the column is always set.",
                        "Make every reader handle NULL first, or keep the column NOT NULL and store a marker value instead.");
                }
            }
        }
    }
}
