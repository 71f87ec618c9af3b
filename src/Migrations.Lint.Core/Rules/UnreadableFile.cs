using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>A migration file that cannot be loaded as text is a migration nothing was checked in.</summary>
public sealed class UnreadableFile : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG002",
        "unreadable-file",
        "Make migration files readable UTF-8 text",
        Severity.Error,
        RuleCategory.Correctness,
        [Dialect.Postgres, Dialect.SqlServer],
        "A file that is binary, not valid UTF-8, too large or unreadable cannot be linted, and the migration tool may fail on it or run something other than what the author sees.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context) =>
        DiscoveryFindingReports.Report(
            context,
            Rule,
            DiscoveryFindingKind.LoadError,
            finding => DiscoveryFindingReports.Sentence(finding.Message),
            "Save the file as UTF-8 text, or exclude it from the migration inputs if it is not a migration.");
}
