using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrations.Lint.Sql;

namespace Migrations.Lint.MSBuild;

/// <summary>Writes a <see cref="MigrationManifest"/> as indented JSON; docs/msbuild.md describes the shape.</summary>
internal static class ManifestJson
{
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
        json.WriteString("dialect", DialectName(manifest.DefaultDialect));
        json.WriteStartArray("migrations");
        foreach (var migration in manifest.Migrations)
        {
            json.WriteStartObject();
            json.WriteString("id", migration.Id);
            json.WriteString("version", migration.Version);
            json.WriteString("description", migration.Description);
            json.WriteString("kind", Name(migration.Kind));
            json.WriteString("convention", Name(migration.Convention));
            json.WriteString("dialect", DialectName(migration.Dialect));
            WriteScript(json, "up", migration.Up);
            WriteScript(json, "down", migration.Down);
            json.WriteString("lint", Name(migration.Verdict));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

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

    /// <summary>The names migrate-lint.json uses.</summary>
    private static string DialectName(Dialect dialect) => dialect switch
    {
        Dialect.SqlServer => "sqlserver",
        _ => "postgres",
    };

    /// <summary>An enum member in kebab case: <c>GolangMigrate</c> becomes <c>golang-migrate</c>.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        var kebab = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(text[i]));
        }

        return kebab.ToString();
    }
}
