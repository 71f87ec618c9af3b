using Microsoft.Build.Framework;
using Migrations.Lint.Config;
using Migrations.Lint.Linting;
using Migrations.Lint.Manifest;
using Migrations.Lint.Reporting;
using Migrations.Lint.Rules;

namespace Migrations.Lint.MSBuild;

/// <summary>
/// Lints a project's migration files during the build and logs each finding as a compiler would, with
/// its code and span, so NoWarn, WarningsAsErrors and the IDE error list work on rule codes. After a
/// clean lint it writes the manifest the runner applies; after a failed one it deletes it.
/// </summary>
public sealed class LintMigrations : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>MigrationFile</c> items; <c>TargetPath</c> metadata is where each one is copied under <c>migrations/</c>.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Relative paths and the config search start here.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary><c>postgres</c>, <c>sqlserver</c> or <c>auto</c>; empty leaves the config file's choice.</summary>
    public string? Dialect { get; set; }

    /// <summary>The <c>migrate-lint.json</c> to use; empty searches upwards from <see cref="ProjectDirectory"/>.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Reports the lint's warnings as errors (<c>MigrationsLintWarningsAsErrors</c>); notes stay notes.</summary>
    public bool WarningsAsErrors { get; set; }

    /// <summary>The project's C# setting, which MSBuild does not apply to task warnings itself.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>Where to write a SARIF report (also when the lint fails); empty writes none.</summary>
    public string? SarifFile { get; set; }

    /// <summary>Where to write the manifest after a clean lint; empty writes none.</summary>
    public string? ManifestFile { get; set; }

    public override bool Execute()
    {
        var log = new FindingLogger(Log, new TreatWarningsAsErrorsPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn));
        if (!TryParseDialect(Dialect, out var dialect))
        {
            log.LogInvalidProperty("MigrationsLintDialect", Dialect!, "postgres, sqlserver or auto");
            return false;
        }

        var config = LoadConfig(log, dialect);
        if (config is null)
        {
            return false;
        }

        var files = new MigrationFileItems(Files);
        if (NullIfEmpty(ManifestFile) is not null)
        {
            foreach (var clash in files.TargetPathClashes)
            {
                log.LogTargetPathClash(clash);
            }
        }

        // "exclude" globs are relative to the config file's folder (docs/configuration.md).
        var outcome = LintPipeline.Run(files.FullPaths, config, config.ConfigDirectory ?? ProjectDirectory);
        foreach (var missing in outcome.MissingInputs)
        {
            log.LogMissingInput(missing);
        }

        var context = new ReportContext(ProjectDirectory) { RepositoryRoot = RepositoryRoot.Find(ProjectDirectory) };
        log.LogFindings(outcome.Report, context);
        if (NullIfEmpty(SarifFile) is { } sarifFile)
        {
            WriteSarif(outcome, context, sarifFile);
        }

        if (NullIfEmpty(ManifestFile) is { } manifestFile)
        {
            UpdateManifest(manifestFile, outcome, files);
        }

        return !Log.HasLoggedErrors;
    }

    private EffectiveConfiguration? LoadConfig(FindingLogger log, DialectSetting? dialect)
    {
        var rules = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        var overrides = new ConfigOverrides { Dialect = dialect, WarningsAsErrors = WarningsAsErrors };
        var config = ConfigLoader.Load(ProjectDirectory, NullIfEmpty(ConfigFile), overrides, rules);
        foreach (var error in config.Errors)
        {
            log.LogConfigError(error);
        }

        return config.Value;
    }

    /// <summary>
    /// Writes the manifest after a clean lint. After a failed one it deletes the manifest an earlier clean lint
    /// left, so it can never ship beside migrations that now fail.
    /// </summary>
    private void UpdateManifest(string path, LintOutcome outcome, MigrationFileItems files)
    {
        if (Log.HasLoggedErrors)
        {
            File.Delete(path);
            return;
        }

        var manifest = MigrationManifest.Create(outcome, files.TargetPathOf, ToolIdentity.Current.Version);
        AtomicFile.Write(path, stream => ManifestJson.Write(manifest, stream));
        Log.LogMessage(MessageImportance.Normal, $"migrations-lint: wrote {path}");
    }

    private static bool TryParseDialect(string? text, out DialectSetting? dialect)
    {
        dialect = null;
        if (NullIfEmpty(text) is not { } value)
        {
            return true;
        }

        dialect = value.Trim().ToUpperInvariant() switch
        {
            "AUTO" => DialectSetting.Auto,
            "POSTGRES" => DialectSetting.Postgres,
            "SQLSERVER" => DialectSetting.SqlServer,
            _ => null,
        };
        return dialect is not null;
    }

    private static void WriteSarif(LintOutcome outcome, ReportContext context, string path) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            ReporterRegistry.Default.Get(SarifReporter.FormatName).Write(outcome.Report, context, writer);
        });

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
