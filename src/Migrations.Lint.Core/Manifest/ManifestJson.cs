using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Manifest;

/// <summary>Writes and reads a <see cref="MigrationManifest"/> as indented JSON; docs/msbuild.md describes the shape.</summary>
public static class ManifestJson
{
    /// <exception cref="InvalidDataException">Not JSON, an unknown <c>formatVersion</c>, or a field missing or of the wrong kind; one line naming it.</exception>
    public static MigrationManifest Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var formatVersion = Required(root, "formatVersion", JsonValueKind.Number, "").GetInt32();
            if (formatVersion != MigrationManifest.FormatVersion)
            {
                throw new InvalidDataException($"formatVersion {formatVersion} is not one this version reads ({MigrationManifest.FormatVersion}); use the migrate-lint that wrote it");
            }

            var migrations = Required(root, "migrations", JsonValueKind.Array, "")
                .EnumerateArray()
                .Select((migration, index) => ReadMigration(migration, $"migrations[{index}]."))
                .ToArray();
            return new MigrationManifest(
                Text(root, "toolVersion", ""),
                NamedDialect(Text(root, "dialect", ""), "dialect"),
                migrations);
        }
    }

    public static void Write(MigrationManifest manifest, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,

            // The file is read by programs and people, never embedded in HTML: keep '+' and non-ASCII paths readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteNumber("formatVersion", MigrationManifest.FormatVersion);
        json.WriteString("toolVersion", manifest.ToolVersion);
        json.WriteString("dialect", DialectLabels.Key(manifest.DefaultDialect));
        json.WriteStartArray("migrations");
        foreach (var migration in manifest.Migrations)
        {
            json.WriteStartObject();
            json.WriteString("id", migration.Id);
            json.WriteString("version", migration.Version);
            json.WriteString("description", migration.Description);
            json.WriteString("kind", KebabCase.Of(migration.Kind));
            json.WriteString("convention", KebabCase.Of(migration.Convention));
            json.WriteString("dialect", DialectLabels.Key(migration.Dialect));
            WriteScript(json, "up", migration.Up);
            WriteScript(json, "down", migration.Down);
            json.WriteString("lint", KebabCase.Of(migration.Verdict));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static ManifestMigration ReadMigration(JsonElement migration, string where)
    {
        var version = Required(migration, "version", JsonValueKind.Undefined, where);
        return new ManifestMigration(
            Text(migration, "id", where),
            version.ValueKind == JsonValueKind.Null ? null : Text(migration, "version", where),
            Text(migration, "description", where),
            Named<MigrationKind>(Text(migration, "kind", where), where + "kind"),
            Named<MigrationConvention>(Text(migration, "convention", where), where + "convention"),
            NamedDialect(Text(migration, "dialect", where), where + "dialect"),
            ReadScript(migration, "up", where) ?? throw new InvalidDataException($"{where}up: expected an object, not null"),
            ReadScript(migration, "down", where),
            Named<LintVerdict>(Text(migration, "lint", where), where + "lint"));
    }

    private static ManifestScript? ReadScript(JsonElement migration, string name, string where)
    {
        var script = Required(migration, name, JsonValueKind.Undefined, where);
        if (script.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var inner = $"{where}{name}.";
        return script.ValueKind == JsonValueKind.Object
            ? new ManifestScript(Text(script, "path", inner), Text(script, "sha256", inner))
            : throw new InvalidDataException($"{where}{name}: expected an object or null");
    }

    /// <param name="kind"><see cref="JsonValueKind.Undefined"/> for any kind.</param>
    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string where)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException($"{where}{name} is missing");
        }

        return kind == JsonValueKind.Undefined || value.ValueKind == kind
            ? value
            : throw new InvalidDataException($"{where}{name}: expected {kind.ToString().ToLowerInvariant()}, found {value.ValueKind.ToString().ToLowerInvariant()}");
    }

    private static string Text(JsonElement parent, string name, string where) =>
        Required(parent, name, JsonValueKind.String, where).GetString()!;

    private static Dialect NamedDialect(string text, string where) => text switch
    {
        "postgres" => Dialect.Postgres,
        "sqlserver" => Dialect.SqlServer,
        _ => throw new InvalidDataException($"{where}: unknown dialect '{text}'"),
    };

    private static T Named<T>(string text, string where)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(value => KebabCase.Of(value) == text).Select(value => (T?)value).FirstOrDefault()
        ?? throw new InvalidDataException($"{where}: unknown value '{text}'");

    private static void WriteScript(Utf8JsonWriter json, string name, ManifestScript? script)
    {
        if (script is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("path", script.Path);
        json.WriteString("sha256", script.Sha256);
        json.WriteEndObject();
    }

}
