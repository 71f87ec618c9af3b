using System.Globalization;
using System.Text.Json;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// Checks a parsed <c>migrate-lint.json</c> against the format and turns it into a <see cref="ConfigFile"/>.
/// Every problem becomes one <see cref="ConfigError"/> naming the JSON path and its line and column;
/// reading goes on after an error so users fix the whole file in one pass.
/// </summary>
internal sealed class ConfigFileReader
{
    private static readonly JsonDocumentOptions RunnerJsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly SourceText _source;
    private readonly RuleLookup _rules;
    private readonly List<ConfigError> _errors = [];

    private ConfigFileReader(SourceText source, RuleLookup rules)
    {
        _source = source;
        _rules = rules;
    }

    public static ConfigResult<ConfigFile> Read(SourceText source, RuleLookup rules)
    {
        var reader = new ConfigFileReader(source, rules);
        var file = reader.ReadFile();
        return reader._errors.Count == 0 && file is not null
            ? ConfigResult<ConfigFile>.Success(file)
            : ConfigResult<ConfigFile>.Failure(reader._errors);
    }

    private ConfigFile? ReadFile()
    {
        JsoncNode root;
        try
        {
            root = JsoncParser.Parse(_source.Text);
        }
        catch (JsoncSyntaxException syntax)
        {
            Report(syntax.Offset, "invalid JSON: " + syntax.Message);
            return null;
        }

        if (root is not JsoncObject settings)
        {
            Report(root.Span.Start, $"the configuration must be a JSON object (got {root.Describe()})");
            return null;
        }

        var file = new ConfigFile(_source.Path);
        foreach (var member in UniqueMembers(settings, path: null))
        {
            file = ReadSetting(file, member);
        }

        return file;
    }

    private ConfigFile ReadSetting(ConfigFile file, JsoncMember member)
    {
        var value = member.Value;
        switch (member.Name)
        {
            case ConfigKeys.Schema:
                if (value is not JsoncString)
                {
                    Report(value.Span.Start, $"\"{ConfigKeys.Schema}\" must be a string (got {value.Describe()})");
                }

                return file;
            case ConfigKeys.Dialect:
                return file with { Dialect = ReadWord(ConfigKeys.Dialect, value, ConfigVocabulary.Dialects) };
            case ConfigKeys.PgVersion:
                return file with { PgVersion = ReadPgVersion(value) };
            case ConfigKeys.Migrations:
                return file with { Migrations = ReadGlobs(ConfigKeys.Migrations, value) };
            case ConfigKeys.Exclude:
                return file with { Exclude = ReadGlobs(ConfigKeys.Exclude, value) };
            case ConfigKeys.Rules:
                return file with { Rules = ReadRules(value) };
            case ConfigKeys.AssumeInTransaction:
                return file with { AssumeInTransaction = ReadBoolean(ConfigKeys.AssumeInTransaction, value) };
            case ConfigKeys.StartAfter:
                return file with { StartAfter = ReadString(ConfigKeys.StartAfter, value, "a non-empty version string") };
            case ConfigKeys.RequireDownScripts:
                return file with { RequireDownScripts = ReadBoolean(ConfigKeys.RequireDownScripts, value) };
            case ConfigKeys.Runner:
                return file with { Runner = ReadRunner(value) };
            default:
                var suggestion = SpellingSuggestion.Closest(member.Name, ConfigKeys.All) is { } key ? $" (did you mean \"{key}\"?)" : "";
                Report(member.NameSpan.Start, $"unknown key \"{member.Name}\"{suggestion}");
                return file;
        }
    }

    /// <summary>The members of an object, reporting each repeated key and skipping the repeats.</summary>
    private IEnumerable<JsoncMember> UniqueMembers(JsoncObject container, string? path)
    {
        var firstSeen = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var member in container.Members)
        {
            if (firstSeen.TryGetValue(member.Name, out var first))
            {
                var where = path is null ? "" : $" in \"{path}\"";
                Report(member.NameSpan.Start, $"duplicate key \"{member.Name}\"{where} (first at {_source.GetPosition(first.Start)})");
                continue;
            }

            firstSeen.Add(member.Name, member.NameSpan);
            yield return member;
        }
    }

    private IReadOnlyDictionary<string, Severity> ReadRules(JsoncNode value)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (value is not JsoncObject rules)
        {
            Report(value.Span.Start, $"\"{ConfigKeys.Rules}\" must be an object mapping rule names to severities (got {value.Describe()})");
            return severities;
        }

        var configuredAt = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var member in UniqueMembers(rules, ConfigKeys.Rules))
        {
            var rule = _rules.Find(member.Name);
            if (rule is null)
            {
                Report(member.NameSpan.Start, $"unknown rule '{member.Name}' in \"{ConfigKeys.Rules}\"{_rules.SuggestionFor(member.Name)}");
                continue;
            }

            if (configuredAt.TryGetValue(rule.Name, out var first))
            {
                Report(member.NameSpan.Start, $"rule '{rule.Name}' is configured twice in \"{ConfigKeys.Rules}\" (first at {_source.GetPosition(first.Start)})");
                continue;
            }

            configuredAt.Add(rule.Name, member.NameSpan);
            if (ReadWord($"{ConfigKeys.Rules}.{member.Name}", member.Value, ConfigVocabulary.Severities) is { } severity)
            {
                severities.Add(rule.Name, severity);
            }
        }

        return severities;
    }

    private int? ReadPgVersion(JsoncNode value)
    {
        if (value is JsoncNumber number
            && int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var version)
            && version is >= ConfigVocabulary.MinPgVersion and <= ConfigVocabulary.MaxPgVersion)
        {
            return version;
        }

        Report(value.Span.Start, $"\"{ConfigKeys.PgVersion}\" must be an integer from {ConfigVocabulary.MinPgVersion} to {ConfigVocabulary.MaxPgVersion} (got {value.Describe()})");
        return null;
    }

    private IReadOnlyList<string>? ReadGlobs(string key, JsoncNode value)
    {
        if (value is not JsoncArray array)
        {
            Report(value.Span.Start, $"\"{key}\" must be an array of paths or globs (got {value.Describe()})");
            return null;
        }

        var globs = new List<string>(array.Items.Count);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (ReadString($"{key}[{i}]", array.Items[i], "a non-empty path or glob") is { } glob)
            {
                globs.Add(glob);
            }
        }

        return globs;
    }

    private bool? ReadBoolean(string key, JsoncNode value)
    {
        if (value is JsoncBoolean boolean)
        {
            return boolean.Value;
        }

        Report(value.Span.Start, $"\"{key}\" must be true or false (got {value.Describe()})");
        return null;
    }

    /// <summary>A non-empty string; <paramref name="expected"/> names what the key wants, for the error.</summary>
    private string? ReadString(string path, JsoncNode value, string expected)
    {
        if (value is JsoncString { Value.Length: > 0 } text)
        {
            return text.Value;
        }

        Report(value.Span.Start, $"\"{path}\" must be {expected} (got {value.Describe()})");
        return null;
    }

    /// <summary>One of a fixed set of words, e.g. a severity; a near miss gets a suggestion.</summary>
    private T? ReadWord<T>(string path, JsoncNode value, IReadOnlyList<KeyValuePair<string, T>> words)
        where T : struct
    {
        var written = (value as JsoncString)?.Value;
        foreach (var (word, meaning) in words)
        {
            if (string.Equals(word, written, StringComparison.Ordinal))
            {
                return meaning;
            }
        }

        var allowed = words.Select(word => $"\"{word.Key}\"").ToList();
        var choices = string.Join(", ", allowed.Take(allowed.Count - 1)) + " or " + allowed[^1];
        var suggestion = written is not null && SpellingSuggestion.Closest(written, words.Select(word => word.Key)) is { } near
            ? $"; did you mean \"{near}\"?"
            : "";
        Report(value.Span.Start, $"\"{path}\" must be {choices} (got {value.Describe()}{suggestion})");
        return null;
    }

    private RunnerSection? ReadRunner(JsoncNode value)
    {
        if (value is not JsoncObject)
        {
            Report(value.Span.Start, $"\"{ConfigKeys.Runner}\" must be an object (got {value.Describe()})");
            return null;
        }

        // The runner owns these settings; keep them as a System.Text.Json element for it to bind.
        // Our reader already accepted the text, but System.Text.Json is stricter about lone surrogates.
        try
        {
            using var document = JsonDocument.Parse(_source.Slice(value.Span), RunnerJsonOptions);
            return new RunnerSection(document.RootElement.Clone(), _source.Path, _source.GetPosition(value.Span.Start));
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            Report(value.Span.Start, $"\"{ConfigKeys.Runner}\" is not valid JSON");
            return null;
        }
    }

    private void Report(int offset, string message) =>
        _errors.Add(new ConfigError(_source.Path, _source.GetPosition(offset), message));
}
