using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Config;

/// <summary>
/// The settings a lint run uses: built-in defaults, overridden by the config file, overridden by the
/// command line. Rule severities are resolved through <see cref="GetSeverity"/>.
/// </summary>
public sealed record EffectiveConfiguration
{
    /// <summary>The rule that <c>"requireDownScripts": false</c> turns off.</summary>
    internal const string MissingDownScriptRule = "missing-down-script";

    public static EffectiveConfiguration Defaults { get; } = new();

    /// <summary>The config file these settings came from, or null when none was found.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The folder <see cref="Migrations"/> and <see cref="Exclude"/> are relative to (null without a config file).</summary>
    public string? ConfigDirectory { get; init; }

    public DialectSetting Dialect { get; init; } = DialectSetting.Auto;

    public int PgVersion { get; init; } = ConfigVocabulary.DefaultPgVersion;

    /// <summary>Paths or globs of migrations to lint; empty means "what the command line names".</summary>
    public IReadOnlyList<string> Migrations { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public bool AssumeInTransaction { get; init; }

    /// <summary>Migrations whose version is at or below this one are not linted.</summary>
    public string? StartAfter { get; init; }

    public bool RequireDownScripts { get; init; } = true;

    public bool WarningsAsErrors { get; init; }

    public RunnerSection? Runner { get; init; }

    /// <summary>Severities chosen by the file or the command line, by rule name; other rules keep their default.</summary>
    internal IReadOnlyDictionary<string, Severity> ChosenSeverities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>How loud <paramref name="rule"/> is in this run; <see cref="Severity.Off"/> means do not run it.</summary>
    public Severity GetSeverity(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var severity = ChosenSeverities.GetValueOrDefault(rule.Name, rule.DefaultSeverity);
        return WarningsAsErrors && severity == Severity.Warning ? Severity.Error : severity;
    }

    /// <summary>
    /// Layers <paramref name="file"/> (may be null) and then <paramref name="overrides"/> over the defaults.
    /// Fails, without throwing, when an override names an unknown rule or an unsupported PostgreSQL version.
    /// </summary>
    public static ConfigResult<EffectiveConfiguration> Merge(
        ConfigFile? file, ConfigOverrides overrides, IReadOnlyCollection<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(rules);
        var lookup = new RuleLookup(rules);
        var errors = new List<ConfigError>();
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);

        // "requireDownScripts": false is shorthand for turning the rule off; an explicit "rules" entry still wins.
        if (file?.RequireDownScripts == false)
        {
            severities[MissingDownScriptRule] = Severity.Off;
        }

        foreach (var (name, severity) in file?.Rules ?? new Dictionary<string, Severity>())
        {
            severities[name] = severity;
        }

        foreach (var rule in ResolveRules(overrides.EnableRules, lookup, errors))
        {
            if (severities.GetValueOrDefault(rule.Name, rule.DefaultSeverity) == Severity.Off)
            {
                severities[rule.Name] = rule.IsEnabledByDefault ? rule.DefaultSeverity : Severity.Warning;
            }
        }

        foreach (var rule in ResolveRules(overrides.DisableRules, lookup, errors))
        {
            severities[rule.Name] = Severity.Off;
        }

        if (overrides.PgVersion is { } version and (< ConfigVocabulary.MinPgVersion or > ConfigVocabulary.MaxPgVersion))
        {
            errors.Add(new ConfigError(
                ConfigError.CommandLine,
                null,
                $"pgVersion must be an integer from {ConfigVocabulary.MinPgVersion} to {ConfigVocabulary.MaxPgVersion} (got {version})"));
        }

        if (errors.Count > 0)
        {
            return ConfigResult<EffectiveConfiguration>.Failure(errors);
        }

        return ConfigResult<EffectiveConfiguration>.Success(new EffectiveConfiguration
        {
            ConfigPath = file?.Path,
            ConfigDirectory = file?.Directory,
            Dialect = overrides.Dialect ?? file?.Dialect ?? Defaults.Dialect,
            PgVersion = overrides.PgVersion ?? file?.PgVersion ?? Defaults.PgVersion,
            Migrations = file?.Migrations ?? Defaults.Migrations,
            Exclude = file?.Exclude ?? Defaults.Exclude,
            AssumeInTransaction = overrides.AssumeInTransaction ?? file?.AssumeInTransaction ?? Defaults.AssumeInTransaction,
            StartAfter = file?.StartAfter,
            RequireDownScripts = file?.RequireDownScripts ?? Defaults.RequireDownScripts,
            WarningsAsErrors = overrides.WarningsAsErrors,
            Runner = file?.Runner,
            ChosenSeverities = severities,
        });
    }

    private static IEnumerable<RuleDescriptor> ResolveRules(IEnumerable<string> written, RuleLookup lookup, List<ConfigError> errors)
    {
        foreach (var nameOrCode in written)
        {
            if (lookup.Find(nameOrCode) is { } rule)
            {
                yield return rule;
            }
            else
            {
                errors.Add(new ConfigError(ConfigError.CommandLine, null, $"unknown rule '{nameOrCode}'{lookup.SuggestionFor(nameOrCode)}"));
            }
        }
    }
}
