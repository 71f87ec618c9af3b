using System.Text;
using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Tool.Commands.Init;

/// <summary>
/// The <c>migrate-lint.json</c> that <c>init</c> writes for a <see cref="MigrationLayout"/>: the documented keys
/// (docs/configuration.md), which the tests read back through the config loader.
/// </summary>
internal static class StarterConfig
{
    public static string Write(MigrationLayout layout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", ConfigSchemaWriter.SchemaId);
            json.WriteStartArray("migrations");
            foreach (var folder in layout.Folders)
            {
                json.WriteStringValue(folder);
            }

            json.WriteEndArray();
            json.WriteString("dialect", DialectName(layout.Dialect));
            if (layout.Dialect != DialectSetting.SqlServer)
            {
                json.WriteNumber("pgVersion", LintSettings.DefaultPgVersion);
            }

            // Prisma has no down migrations: asking for them would fail every migration.
            json.WriteBoolean("requireDownScripts", layout.Convention != MigrationConvention.Prisma);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string DialectName(DialectSetting dialect) => dialect switch
    {
        DialectSetting.Postgres => "postgres",
        DialectSetting.SqlServer => "sqlserver",
        _ => "auto",
    };
}
