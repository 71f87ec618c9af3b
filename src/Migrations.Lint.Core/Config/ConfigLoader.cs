using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// Finds and reads <c>migrate-lint.json</c> and merges it with the command line. Nothing here throws
/// for bad input: every problem comes back as a <see cref="ConfigError"/> (the CLI exits with 5).
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "migrate-lint.json";

    /// <summary>
    /// The settings for linting <paramref name="startPath"/>: the file at <paramref name="explicitConfigPath"/>
    /// when given (<c>--config</c>), else the nearest <see cref="FileName"/> found walking up, else defaults;
    /// then <paramref name="overrides"/> on top.
    /// </summary>
    /// <param name="rules">Every rule the linter knows, to check rule names against.</param>
    public static ConfigResult<EffectiveConfiguration> Load(
        string startPath, string? explicitConfigPath, ConfigOverrides overrides, IReadOnlyCollection<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(startPath);
        var path = explicitConfigPath ?? Discover(startPath);
        if (path is null)
        {
            return EffectiveConfiguration.Merge(null, overrides, rules);
        }

        var file = Read(path, rules);
        return file.Succeeded
            ? EffectiveConfiguration.Merge(file.Value, overrides, rules)
            : ConfigResult<EffectiveConfiguration>.Failure(file.Errors);
    }

    /// <summary>
    /// The first <see cref="FileName"/> in the folder of <paramref name="startPath"/> (a file or a folder)
    /// or any folder above it up to the filesystem root; null when there is none.
    /// </summary>
    public static string? Discover(string startPath)
    {
        ArgumentNullException.ThrowIfNull(startPath);
        var full = Path.GetFullPath(startPath.Length == 0 ? "." : startPath);
        var folder = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads and checks one config file; errors name it as <paramref name="path"/> was written.</summary>
    public static ConfigResult<ConfigFile> Read(string path, IReadOnlyCollection<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return ConfigResult<ConfigFile>.Failure([new ConfigError(path, null, "config file not found")]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ConfigResult<ConfigFile>.Failure([new ConfigError(path, null, "cannot read the config file: " + exception.Message)]);
        }

        return Parse(text, path, rules);
    }

    /// <summary>Checks config text; <paramref name="path"/> is only used to name the file in errors.</summary>
    public static ConfigResult<ConfigFile> Parse(string text, string path, IReadOnlyCollection<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        return ConfigFileReader.Read(new SourceText(text, path), new RuleLookup(rules));
    }
}
