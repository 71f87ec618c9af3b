using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>Two migrations with one version: the tool refuses to run, or runs one and skips the other for good.</summary>
public sealed class DuplicateVersion : SetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG402",
        "duplicate-version",
        "Give every migration its own version",
        Severity.Error,
        RuleCategory.MigrationSet,
        [Dialect.Postgres, Dialect.SqlServer],
        "Two migrations with the same version make the migration tool stop with an error, or apply one of them and silently never apply the other.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(SetContext context) =>
        DiscoveryFindingReports.Report(
            context,
            Rule,
            DiscoveryFindingKind.DuplicateVersion,
            Describe,
            "Give one of the migrations the next free version (after the last one applied anywhere), and keep one down script per migration.");

    /// <summary>Names the other files, also when discovery's message does not.</summary>
    private static string Describe(DiscoveryFinding finding)
    {
        var message = DiscoveryFindingReports.Sentence(finding.Message);
        var unnamed = finding.RelatedPaths.Where(path => !finding.Message.Contains(path, StringComparison.Ordinal)).ToArray();
        return unnamed.Length == 0 ? message : $"{message} Same version: {string.Join(", ", unnamed)}.";
    }
}
