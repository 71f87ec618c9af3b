using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules.Reversal;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// A down script that forgets part of its up script leaves tables, columns or renames behind, so
/// re-applying the migration after a rollback fails on them. Judged statically: every object the up
/// script creates must be dropped (directly, with its table, or by a schema dropped with CASCADE),
/// and every rename renamed back. Whatever cannot be followed — DO blocks, dynamic SQL, functions
/// called for their effects, OR REPLACE — keeps the rule silent.
/// </summary>
public sealed class DownDoesNotRevert : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG405",
        "down-does-not-revert",
        "Undo everything the up script does",
        Severity.Warning,
        RuleCategory.MigrationSet,
        [Dialect.Postgres],
        "A down script that leaves behind a table, column, index or rename of its up script does not restore the schema, and applying the migration again after the rollback fails on the leftovers.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context)
    {
        foreach (var migration in context.Migrations)
        {
            if (migration is not { Down: { IsBlank: false } downScript }
                || context.SyntaxOf(migration.Up) is not { Errors.Count: 0, Dialect: Dialect.Postgres } up
                || context.SyntaxOf(downScript) is not { Errors.Count: 0 } down
                || down.Statements.Any(IsOpaque))
            {
                continue;
            }

            var names = NameComparison.For(up, down);
            var replay = new DownReplay(down, names);
            foreach (var change in UpChangeReader.Read(up, names))
            {
                if (!replay.Reverts(change))
                {
                    Report(context, migration, downScript, up, change);
                }
            }
        }
    }

    private static void Report(SetContext context, Migration migration, MigrationScript downScript, SqlScript up, UpChange change)
    {
        var down = ScriptLocation.HasSections(migration) ? "The down section" : $"The down script {Path.GetFileName(downScript.Path)}";
        var made = change.Kind is SchemaObjectKind.Column or SchemaObjectKind.Constraint ? "added" : "created";
        var message = change.RenamedFrom is { } original
            ? $"{down} does not rename {ChangeDescription.Describe(change)} back to '{original}'."
            : $"{down} does not drop {ChangeDescription.Describe(change)} {made} here.";
        context.Report(
            Rule,
            new SourceLocation(up.Source, change.Span),
            message,
            $"Add {ChangeDescription.Undo(change)}; to the down script, or suppress this finding if keeping it is deliberate.");
    }

    /// <summary>Statements that may drop or rename anything, out of sight: DO blocks, procedures, prepared statements, functions called by SELECT.</summary>
    private static bool IsOpaque(SqlStatement statement) => statement switch
    {
        DoStatement or SelectStatement => true,
        OtherStatement other => other.Keywords.StartsWith("CALL", StringComparison.Ordinal)
            || other.Keywords.StartsWith("EXECUTE", StringComparison.Ordinal)
            || other.Keywords.StartsWith("DROP OWNED", StringComparison.Ordinal),
        _ => false,
    };
}
