using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Like a column rename, a table (or view) rename is instant in the database and immediate breakage for
/// every running instance of the previous release. Index renames are harmless and not reported.
/// </summary>
public sealed class RenamingTable : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG213",
        "renaming-table",
        "Do not rename tables",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Renaming a table breaks every running application version that still queries the old name, from the moment the migration commits until the new release is everywhere.");

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
                if (action is RenameTableAction rename)
                {
                    context.Report(
                        Rule,
                        action.Span,
                        $"Renaming '{alter.Table}' to '{rename.NewName}' breaks application versions that still use the old name.",
                        context.Dialect == Dialect.SqlServer
                            ? "Rename it and create a view or synonym with the old name for the transition (drop it in a later release), or expand and contract with a new table."
                            : "Rename it and create a view with the old name for the transition (drop the view in a later release), or expand and contract with a new table.");
                }
            }
        }
    }
}
