using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Config;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of <c>migrate-lint.json</c> published at
/// <c>docs/migrate-lint.schema.json</c>. The <c>"rules"</c> properties come from the rule list, so
/// the schema is regenerated, never edited by hand.
/// </summary>
public static class ConfigSchemaWriter
{
    public const string SchemaId = "https://raw.githubusercontent.com/migrations-lint/migrations-lint/main/docs/migrate-lint.schema.json";

    private const string SeverityDefinition = "#/$defs/severity";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // The schema is a document people read; keep quotes and non-ASCII as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema text, with \n line endings and a final newline whatever the platform.</summary>
    public static string Write(IReadOnlyCollection<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ordered = rules.OrderBy(rule => rule.Code, StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", SchemaId);
            writer.WriteString("title", ConfigLoader.FileName);
            writer.WriteString("description", "Configuration of migrate-lint, the Migrations.Lint migration linter. See docs/configuration.md.");
            writer.WriteString("type", "object");
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteStartObject("properties");
            WriteSettings(writer, ordered);
            writer.WriteEndObject();
            WriteDefinitions(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteSettings(Utf8JsonWriter writer, IReadOnlyList<RuleDescriptor> rules)
    {
        writer.WriteStartObject(ConfigKeys.Schema);
        writer.WriteString("type", "string");
        writer.WriteString("description", "The schema of this file, for editor completion.");
        writer.WriteEndObject();

        writer.WriteStartObject(ConfigKeys.Dialect);
        writer.WriteString("description", "SQL dialect of the migrations; \"auto\" detects it per migration set.");
        WriteEnum(writer, ConfigVocabulary.Dialects.Select(entry => entry.Key));
        writer.WriteString("default", "auto");
        writer.WriteEndObject();

        writer.WriteStartObject(ConfigKeys.PgVersion);
        writer.WriteString("description", "Major version of the PostgreSQL server the migrations run on; rules whose hazard depends on it use it.");
        writer.WriteString("type", "integer");
        writer.WriteNumber("minimum", ConfigVocabulary.MinPgVersion);
        writer.WriteNumber("maximum", ConfigVocabulary.MaxPgVersion);
        writer.WriteNumber("default", ConfigVocabulary.DefaultPgVersion);
        writer.WriteEndObject();

        WriteGlobList(writer, ConfigKeys.Migrations, "Paths or globs of migrations to lint, relative to this file's folder.");
        WriteGlobList(writer, ConfigKeys.Exclude, "Globs of files not to lint, relative to this file's folder.");

        writer.WriteStartObject(ConfigKeys.Rules);
        writer.WriteString("description", "Severity per rule, by rule name or MIGnnn code.");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var rule in rules)
        {
            writer.WriteStartObject(rule.Name);
            writer.WriteString("$ref", SeverityDefinition);
            writer.WriteString("description", $"{rule.Code}: {rule.Title} (default: {ConfigVocabulary.NameOf(rule.DefaultSeverity)})");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (rules.Count > 0)
        {
            // Codes are accepted too; a pattern of the exact codes keeps them out of completion lists.
            writer.WriteStartObject("patternProperties");
            writer.WriteStartObject($"^(?:{string.Join('|', rules.Select(rule => rule.Code))})$");
            writer.WriteString("$ref", SeverityDefinition);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();

        WriteBoolean(writer, ConfigKeys.AssumeInTransaction, defaultValue: false,
            "Lint every migration as if its tool wraps it in a transaction.");

        writer.WriteStartObject(ConfigKeys.StartAfter);
        writer.WriteString("description", "Version of the last migration already applied everywhere: migrations at or below it are not linted.");
        writer.WriteString("type", "string");
        writer.WriteNumber("minLength", 1);
        writer.WriteEndObject();

        WriteBoolean(writer, ConfigKeys.RequireDownScripts, defaultValue: true,
            "Report up migrations without a down script (missing-down-script); false for tools without downs, like Prisma.");

        writer.WriteStartObject(ConfigKeys.Runner);
        writer.WriteString("description", "Settings of the migration runner (connection, lock timeouts, retries, targets); see the runner docs.");
        writer.WriteString("type", "object");
        writer.WriteEndObject();
    }

    private static void WriteDefinitions(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("$defs");
        writer.WriteStartObject("severity");
        writer.WriteString("description", "\"off\" disables the rule; the others set how loud its findings are.");
        WriteEnum(writer, ConfigVocabulary.Severities.Select(entry => entry.Key));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGlobList(Utf8JsonWriter writer, string key, string description)
    {
        writer.WriteStartObject(key);
        writer.WriteString("description", description);
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteNumber("minLength", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string key, bool defaultValue, string description)
    {
        writer.WriteStartObject(key);
        writer.WriteString("description", description);
        writer.WriteString("type", "boolean");
        writer.WriteBoolean("default", defaultValue);
        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
