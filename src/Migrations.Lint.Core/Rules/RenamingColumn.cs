using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A rename is instant for the database but not for the application: every instance still running
/// the previous release queries the old name and fails from the moment the migration commits.
/// </summary>
public sealed class RenamingColumn : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG212",
        "renaming-column",
        "Do not rename columns",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Renaming a column breaks every running application version that still uses the old name, from the moment the migration commits until the new release is everywhere.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement { ObjectKind: not AlterTableObjectKind.Index } alter
                || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var action in alter.Actions)
            {
                if (action is RenameColumnAction rename)
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Renaming column '{rename.From}' of '{alter.Table}' to '{rename.To}' breaks application versions that still use the old name.",
                        "Expand and contract: add the new column, write to both and backfill, switch reads to it, then drop the old column in a later release.");
                }
            }
        }
    }
}
