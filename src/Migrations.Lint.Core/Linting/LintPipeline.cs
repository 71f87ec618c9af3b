using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Suppressions;

namespace Migrations.Lint.Linting;

/// <summary>
/// The whole lint run both shells share (the CLI and the MSBuild task): discover the migrations,
/// run the enabled rules, apply inline suppressions, then the configured severities.
/// </summary>
public static class LintPipeline
{
    public static LintOutcome Run(IReadOnlyList<string> paths, EffectiveConfiguration config, string workingDirectory)
    {
        var enabled = RuleRegistry.All.Where(rule => config.GetSeverity(rule.Descriptor) != Severity.Off).ToArray();
        var fromConfig = paths.Count == 0 && config.ConfigDirectory is not null;
        var baseDirectory = fromConfig ? config.ConfigDirectory! : workingDirectory;
        var set = MigrationSet.Discover(
            fromConfig ? config.Migrations : paths,
            new DiscoveryOptions { Excludes = config.Exclude, BaseDirectory = baseDirectory });

        var settings = new LintSettings(
            config.PgVersion,
            config.AssumeInTransaction,
            config.Dialect == DialectSetting.SqlServer ? Dialect.SqlServer : Dialect.Postgres,
            config.StartAfter is null ? null : MigrationVersion.Parse(config.StartAfter),
            DetectDialect: config.Dialect == DialectSetting.Auto);
        var suppressions = new SuppressionParser(
            [.. RuleRegistry.All.Select(rule => rule.Descriptor)], UnusedSuppression.Rule, UnusedSuppression.Rule);

        var diagnostics = new Linter(settings, enabled, suppressions).Lint(set, out var dialects)
            .Select(diagnostic => diagnostic with { Severity = config.GetSeverity(diagnostic.Rule) })
            .Where(diagnostic => diagnostic.Severity != Severity.Off)
            .ToArray();
        var fileCount = set.Migrations.Where(settings.IsLinted).SelectMany(migration => migration.Scripts).Select(script => script.Path).Distinct().Count()
            + set.Findings.Count(finding => finding.Kind == DiscoveryFindingKind.LoadError);

        return new LintOutcome(
            new LintReport(diagnostics, [.. enabled.Select(rule => rule.Descriptor)], fileCount) { Dialects = dialects },
            [.. set.Findings.Where(finding => finding.Kind == DiscoveryFindingKind.InputNotFound)],
            set,
            settings);
    }
}

/// <summary>
/// A lint run's report, plus inputs that do not exist (a usage error, not a finding). The migrations and
/// settings it linted with let the MSBuild task describe exactly that set in its manifest.
/// </summary>
public sealed record LintOutcome(
    LintReport Report,
    IReadOnlyList<DiscoveryFinding> MissingInputs,
    MigrationSet Migrations,
    LintSettings Settings);
