using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>A down script whose up script is missing or misnamed: the pair is broken either way.</summary>
public sealed class OrphanDownScript : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG401",
        "orphan-down-script",
        "Pair every down script with an up script",
        Severity.Warning,
        RuleCategory.MigrationSet,
        [Dialect.Postgres, Dialect.SqlServer],
        "A down script without an up script usually means the up script was renamed or deleted, so the migration tool never runs the up and the down reverts something that was never applied.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context) =>
        DiscoveryFindingReports.Report(
            context,
            Rule,
            DiscoveryFindingKind.OrphanDown,
            finding => DiscoveryFindingReports.Sentence(finding.Message),
            "Rename the down script to match its up script's version and name, or delete it.");
}
