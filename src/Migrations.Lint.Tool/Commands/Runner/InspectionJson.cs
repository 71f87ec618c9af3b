using System.Text.Json;
using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>The <c>--format json</c> reports of preflight, postflight and cycle, in <see cref="RunnerJson"/>'s conventions.</summary>
internal static class InspectionJson
{
    public static void WritePreflight(PreflightReport report, string database, TextWriter output) =>
        RunnerJson.Write(output, json =>
        {
            json.WriteString("command", "preflight");
            json.WriteString("database", database);
            json.WriteString("serverVersion", report.ServerVersion);
            json.WriteBoolean("passed", report.Passed);
            json.WriteNumber("pendingMigrations", report.PendingMigrations);
            json.WriteNumber("maxTransactionAgeMs", Milliseconds(report.MaxTransactionAge));
            WriteFailed(json, report.FailedMigrations);
            json.WriteStartArray("longTransactions");
            foreach (var transaction in report.LongTransactions)
            {
                json.WriteStartObject();
                json.WriteNumber("pid", transaction.Pid);
                json.WriteNumber("durationMs", Milliseconds(transaction.Age));
                json.WriteString("state", transaction.State);
                json.WriteString("user", transaction.User);
                json.WriteString("applicationName", transaction.ApplicationName);
                json.WriteString("query", transaction.Query);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("blockingLocks");
            foreach (var blocking in report.BlockingLocks)
            {
                json.WriteStartObject();
                json.WriteNumber("blockedPid", blocking.BlockedPid);
                json.WriteNumber("blockingPid", blocking.BlockingPid);
                json.WriteString("blockedQuery", blocking.BlockedQuery);
                json.WriteString("blockingQuery", blocking.BlockingQuery);
                json.WriteString("lockType", blocking.LockType);
                json.WriteString("mode", blocking.Mode);
                json.WriteString("relation", blocking.Relation);
                json.WriteNumber("waitingMs", Milliseconds(blocking.Waiting));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    public static void WritePostflight(PostflightReport report, bool strict, bool withObjects, string database, TextWriter output) =>
        RunnerJson.Write(output, json =>
        {
            json.WriteString("command", "postflight");
            json.WriteString("database", database);
            json.WriteBoolean("passed", report.Passed(strict));
            json.WriteBoolean("strict", strict);
            json.WriteString("schemaChecksum", report.Schema.Checksum);
            json.WriteNumber("schemaObjects", report.Schema.Objects.Count);
            json.WriteNumber("appliedMigrations", report.AppliedMigrations);
            WriteFailed(json, report.FailedMigrations);
            json.WriteStartArray("invalidIndexes");
            foreach (var index in report.InvalidIndexes)
            {
                json.WriteStartObject();
                json.WriteString("schema", index.Schema);
                json.WriteString("name", index.Name);
                json.WriteString("remedy", index.DropStatement);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notValidConstraints");
            foreach (var constraint in report.NotValidConstraints)
            {
                json.WriteStartObject();
                json.WriteString("table", constraint.Table);
                json.WriteString("name", constraint.Name);
                json.WriteString("type", constraint.Type);
                json.WriteString("definition", constraint.Definition);
                json.WriteString("remedy", constraint.ValidateStatement);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (withObjects)
            {
                json.WriteStartArray("objects");
                foreach (var item in report.Schema.Objects)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", item.Kind);
                    json.WriteString("name", item.Name);
                    json.WriteString("definition", item.Definition);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
        });

    public static void WriteCycle(CycleReport report, string database, TextWriter output) =>
        RunnerJson.Write(output, json =>
        {
            json.WriteString("command", "cycle");
            json.WriteString("database", database);
            json.WriteBoolean("passed", report.Passed);
            json.WriteString("failedStep", report.FailedStep is { } step ? KebabCase.Of(step) : null);
            json.WriteString("refusedRollback", report.RefusedRollback);
            json.WriteString("emptySchemaChecksum", report.EmptyChecksum);
            json.WriteStartArray("steps");
            foreach (var run in report.Runs)
            {
                json.WriteStartObject();
                json.WriteString("step", KebabCase.Of(run.Step));
                json.WriteBoolean("succeeded", run.Run.Succeeded);
                json.WriteString("schemaChecksum", run.SchemaChecksum);
                json.WriteStartArray("migrations");
                foreach (var migration in run.Run.Migrations)
                {
                    RunnerJson.WriteMigration(json, migration);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("step", KebabCase.Of(finding.Step));
                json.WriteString("problem", finding.Problem);
                json.WriteString("change", KebabCase.Of(finding.Difference.Change));
                json.WriteString("kind", finding.Difference.Kind);
                json.WriteString("name", finding.Difference.Name);
                json.WriteString("expected", finding.Difference.Expected);
                json.WriteString("actual", finding.Difference.Actual);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void WriteFailed(Utf8JsonWriter json, IReadOnlyList<FailedMigration> failed)
    {
        json.WriteStartArray("failedMigrations");
        foreach (var migration in failed)
        {
            json.WriteStartObject();
            json.WriteNumber("installedRank", migration.InstalledRank);
            json.WriteString("version", migration.Version);
            json.WriteString("description", migration.Description);
            json.WriteString("script", migration.Script);
            json.WriteString("installedOn", migration.InstalledOn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static long Milliseconds(TimeSpan duration) => (long)duration.TotalMilliseconds;
}
