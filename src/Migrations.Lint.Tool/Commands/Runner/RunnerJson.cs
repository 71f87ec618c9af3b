using System.Text;
using System.Text.Json;
using Migrations.Lint.Runner;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// The runner commands' <c>--format json</c> output: one object, camelCase names, enum values in lower
/// case with dashes, durations in milliseconds. Stable for scripts; new fields may be added.
/// </summary>
internal static class RunnerJson
{
    public static void WriteRun(RunResult result, string command, string database, bool dryRun, TextWriter output) =>
        Write(output, json =>
        {
            json.WriteString("command", command);
            json.WriteString("database", database);
            json.WriteBoolean("dryRun", dryRun);
            WriteRunFields(json, result);
        });

    /// <summary>apply to several databases: per target its exit code and result (or the error that stopped it), then a summary.</summary>
    public static void WriteTargets(IReadOnlyList<TargetOutcome> outcomes, bool dryRun, int exitCode, TextWriter output) =>
        Write(output, json =>
        {
            json.WriteString("command", "apply");
            json.WriteBoolean("dryRun", dryRun);
            json.WriteStartArray("targets");
            foreach (var outcome in outcomes)
            {
                json.WriteStartObject();
                json.WriteString("name", outcome.Target.Name);
                json.WriteString("database", outcome.Target.Connection.Display);
                json.WriteNumber("exitCode", outcome.ExitCode);
                json.WriteString("error", outcome.ErrorLine);
                if (outcome.Run is { } run)
                {
                    WriteRunFields(json, run);
                }
                else
                {
                    json.WriteBoolean("succeeded", false);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("targets", outcomes.Count);
            json.WriteNumber("succeeded", outcomes.Count(outcome => outcome.ExitCode == 0));
            json.WriteNumber("failed", outcomes.Count(outcome => outcome.ExitCode != 0));
            json.WriteNumber("exitCode", exitCode);
            json.WriteEndObject();
        });

    private static void WriteRunFields(Utf8JsonWriter json, RunResult result)
    {
        json.WriteBoolean("succeeded", result.Succeeded);
        if (result.Backup is { } backup)
        {
            json.WriteStartObject("backup");
            json.WriteString("path", backup.Path);
            json.WriteNumber("bytes", backup.Bytes);
            json.WriteNumber("durationMs", (long)backup.Duration.TotalMilliseconds);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("backup");
        }

        json.WriteStartArray("migrations");
        foreach (var migration in result.Migrations)
        {
            WriteMigration(json, migration);
        }

        json.WriteEndArray();
    }

    /// <summary>One migration of an apply or rollback result, as in <see cref="WriteRun"/>.</summary>
    public static void WriteMigration(Utf8JsonWriter json, MigrationResult migration)
    {
        json.WriteStartObject();
        json.WriteString("version", migration.Version);
        json.WriteString("description", migration.Description);
        json.WriteString("script", migration.Script);
        json.WriteString("outcome", KebabCase.Of(migration.Outcome));
        json.WriteString("mode", KebabCase.Of(migration.Mode));
        json.WriteString("modeReason", migration.ModeReason);
        json.WriteNumber("durationMs", (long)migration.Duration.TotalMilliseconds);
        json.WriteNumber("statements", migration.Statements);
        json.WriteNumber("attempts", migration.Attempts);
        if (migration.Failure is { } failure)
        {
            json.WriteStartObject("failure");
            json.WriteString("message", failure.Message);
            json.WriteString("sqlState", failure.SqlState);
            json.WriteString("script", failure.Script);
            if (failure.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            json.WriteString("statement", failure.Statement);
            json.WriteString("remedy", failure.Remedy);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("failure");
        }

        json.WriteEndObject();
    }

    public static void WriteStatus(IReadOnlyList<StatusEntry> entries, string database, TextWriter output) =>
        Write(output, json =>
        {
            json.WriteString("database", database);
            json.WriteStartArray("migrations");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("version", entry.Version);
                json.WriteString("description", entry.Description);
                json.WriteString("type", KebabCase.Of(entry.Type));
                json.WriteString("state", KebabCase.Of(entry.State));
                json.WriteString("script", entry.Script);
                if (entry.InstalledOn is { } installedOn)
                {
                    json.WriteString("installedOn", installedOn);
                }
                else
                {
                    json.WriteNull("installedOn");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    public static void WriteValidation(ValidationReport report, string database, TextWriter output) =>
        Write(output, json =>
        {
            json.WriteString("database", database);
            json.WriteBoolean("valid", report.IsValid);
            json.WriteStartArray("drift");
            foreach (var drift in report.Drift)
            {
                json.WriteStartObject();
                json.WriteString("version", drift.Version);
                json.WriteString("description", drift.Description);
                json.WriteString("script", drift.Script);
                json.WriteString("appliedChecksum", drift.AppliedChecksum);
                json.WriteString("currentChecksum", drift.CurrentChecksum);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
