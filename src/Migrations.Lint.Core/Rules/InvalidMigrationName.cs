using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// A file name or section layout the migration tool reads differently from what the author meant:
/// the tool skips the file, orders it wrongly, or runs only part of it.
/// </summary>
public sealed class InvalidMigrationName : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG403",
        "invalid-migration-name",
        "Name migrations as the migration tool expects",
        Severity.Warning,
        RuleCategory.MigrationSet,
        [Dialect.Postgres, Dialect.SqlServer],
        "A migration whose file name fits no convention, or whose section markers are missing, repeated or misplaced, is skipped or only partly run by the migration tool, with no error.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context)
    {
        DiscoveryFindingReports.Report(
            context,
            Rule,
            DiscoveryFindingKind.InvalidName,
            finding => DiscoveryFindingReports.Sentence(finding.Message),
            "Rename the file to the convention of your migration tool, such as 'V3__add_index.sql' or '000003_add_index.up.sql'.");
        DiscoveryFindingReports.Report(
            context,
            Rule,
            DiscoveryFindingKind.InvalidSections,
            finding => DiscoveryFindingReports.Sentence(finding.Message),
            "Write each section marker once, on a line of its own: the up marker first, then the down marker.");
    }
}
