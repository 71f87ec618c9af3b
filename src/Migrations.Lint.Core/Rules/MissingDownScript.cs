using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// A migration that cannot be rolled back turns a bad deploy into a forward-fix under pressure.
/// Only conventions that have downs are checked; <c>requireDownScripts: false</c> turns the rule off.
/// </summary>
public sealed class MissingDownScript : SetRule
{
    private const string Help = "Write SQL that reverts the up script; if the migration cannot be undone, suppress this with the reason.";

    public static RuleDescriptor Rule { get; } = new(
        "MIG101",
        "missing-down-script",
        "Give every migration a down script",
        Severity.Error,
        RuleCategory.MigrationSet,
        [Dialect.Postgres, Dialect.SqlServer],
        "A migration without a down script, or with an empty one, cannot be rolled back when a release goes wrong, so the only way back is writing and shipping a fix under pressure.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context)
    {
        var unreadable = context.Set.Findings
            .Where(finding => finding.Kind == DiscoveryFindingKind.LoadError)
            .Select(finding => finding.Path)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var migration in context.Migrations)
        {
            if (!migration.SupportsDown)
            {
                continue;
            }

            if (migration.Down is { IsBlank: true } down)
            {
                var message = ScriptLocation.HasSections(migration)
                    ? $"The '{Marker(migration)}' section of '{migration.Id}' is empty."
                    : $"Down script '{Path.GetFileName(down.Path)}' of '{migration.Id}' is empty.";
                context.Report(Rule, ScriptLocation.Of(migration, down), message, Help);
            }
            else if (migration.Down is null && ScriptLocation.HasSections(migration))
            {
                context.Report(
                    Rule,
                    SourceLocation.WholeFile(migration.Up.Source),
                    $"Migration '{migration.Id}' has no '{Marker(migration)}' section.",
                    Help);
            }
            else if (migration.Down is null && ExpectedDown(migration) is var expected && !unreadable.Contains(expected))
            {
                // A down file that exists but cannot be read is unreadable-file's finding; "create it" would mislead.
                context.Report(
                    Rule,
                    SourceLocation.WholeFile(migration.Up.Source),
                    $"Migration '{migration.Id}' has no down script; create '{Path.GetFileName(expected)}' {Beside(migration)}.",
                    Help);
            }
        }
    }

    private static string Marker(Migration migration) => SectionMarkerSyntax.Describe(migration.Convention, MigrationDirection.Down);

    /// <summary>The down file's path, as discovery would pair it: same folder, dialect infix and description.</summary>
    private static string ExpectedDown(Migration migration)
    {
        var upPath = migration.Up.Path;
        var fileName = Path.GetFileName(upPath);
        var downName = migration.Convention switch
        {
            MigrationConvention.Flyway => "U" + fileName[1..],
            MigrationConvention.GolangMigrate => ReplaceLast(fileName, ".up.", ".down."),
            MigrationConvention.UpDownFolder => "down" + fileName["up".Length..],
            _ => throw new ArgumentException($"{migration.Convention} has no down files.", nameof(migration)),
        };
        return upPath[..^fileName.Length] + downName;
    }

    private static string Beside(Migration migration) =>
        migration.Convention == MigrationConvention.UpDownFolder ? "in the same folder" : "beside it";

    private static string ReplaceLast(string text, string old, string replacement)
    {
        var at = text.LastIndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
