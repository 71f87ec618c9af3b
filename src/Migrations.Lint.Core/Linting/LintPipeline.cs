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
    public static LintOutcome Run(IReadOnlyList<string> paths, EffectiveConfiguration config, string workingDirectory, LintScope? scope = null)
    {
        scope ??= LintScope.WorkTree;
        var enabled = RuleRegistry.All.Where(rule => config.GetSeverity(rule.Descriptor) != Severity.Off).ToArray();
        var fromConfig = paths.Count == 0 && config.ConfigDirectory is not null;
        var baseDirectory = fromConfig ? config.ConfigDirectory! : workingDirectory;
        // The config's inputs are relative to its folder; as full paths they are reported relative to the working
        // directory (or repository) like every other path, not to a folder the reader cannot see.
        var set = MigrationSet.Discover(
            fromConfig ? [.. config.Migrations.Select(input => Path.GetFullPath(input, baseDirectory))] : paths,
            new DiscoveryOptions { Excludes = config.Exclude, BaseDirectory = baseDirectory, Files = scope.Files });
        var isReported = ReportedFilter(scope, set, baseDirectory);

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
            .Where(diagnostic => diagnostic.Severity != Severity.Off && isReported(diagnostic.Location.Path))
            .ToArray();
        var fileCount = set.Migrations.Where(settings.IsLinted).SelectMany(migration => migration.Scripts).Select(script => script.Path).Distinct().Count(isReported)
            + set.Findings.Count(finding => finding.Kind == DiscoveryFindingKind.LoadError && isReported(finding.Path));

        return new LintOutcome(
            new LintReport(diagnostics, [.. enabled.Select(rule => rule.Descriptor)], fileCount) { Dialects = dialects },
            [.. set.Findings.Where(finding => finding.Kind == DiscoveryFindingKind.InputNotFound)],
            set,
            settings);
    }

    /// <summary>
    /// Whether a finding on a display path is reported. A discovery finding that names a reported file (a version
    /// clash with a committed migration lands on either file) counts as that file's.
    /// </summary>
    private static Func<string, bool> ReportedFilter(LintScope scope, MigrationSet set, string baseDirectory)
    {
        if (scope.ReportedFiles is not { } reported)
        {
            return _ => true;
        }

        bool IsReported(string path) => reported.Contains(Path.GetFullPath(path, baseDirectory));
        var involved = set.Findings
            .Where(finding => finding.RelatedPaths.Any(IsReported))
            .Select(finding => finding.Path)
            .ToHashSet(StringComparer.Ordinal);
        return path => involved.Contains(path) || IsReported(path);
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
