using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// An up script with nothing to run is recorded as applied all the same: the change it was meant to
/// hold was lost (an unsaved file, a bad merge) or lives somewhere the tool never looks.
/// </summary>
public sealed class EmptyMigration : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG404",
        "empty-migration",
        "Do not commit empty migrations",
        Severity.Warning,
        RuleCategory.MigrationSet,
        [Dialect.Postgres, Dialect.SqlServer],
        "A migration whose up script holds only comments or whitespace is recorded as applied without changing anything, so the change it was meant to make silently never happens.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context)
    {
        // A file with broken section markers is reported by invalid-migration-name; what its up
        // section holds is only known once the markers are fixed.
        var badSections = context.Set.Findings
            .Where(finding => finding.Kind == DiscoveryFindingKind.InvalidSections)
            .Select(finding => finding.Path)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var migration in context.Migrations)
        {
            var up = migration.Up;
            var isEmpty = context.SyntaxOf(up) is { } syntax
                ? syntax.Statements.Count == 0 && syntax.Errors.Count == 0
                : up.IsBlank;
            if (isEmpty && !badSections.Contains(up.Path))
            {
                context.Report(
                    Rule,
                    ScriptLocation.Of(migration, up),
                    $"Migration '{migration.Id}' has nothing to run: its up script holds no SQL statement.",
                    "Write the migration's SQL, or delete the file if it is not needed and has not been applied anywhere.");
            }
        }
    }
}
