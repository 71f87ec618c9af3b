using System.Text.Json;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The stable machine format documented in docs/json-format.md. Fields are never renamed or removed
/// without bumping <see cref="SchemaVersion"/>.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public const string FormatName = "json";

    public const int SchemaVersion = 1;

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output) =>
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in ReportOrder.Visible(report, context))
            {
                WriteDiagnostic(json, context, diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.FileCount);
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in report.Dialects)
            {
                WriteFile(json, context, file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteFile(Utf8JsonWriter json, ReportContext context, FileDialect file)
    {
        json.WriteStartObject();
        json.WriteString("file", context.RelativePath(file.Path));
        json.WriteString("dialect", DialectLabels.Key(file.Choice.Dialect));
        json.WriteString("dialectSource", DialectSourceName(file.Choice.Origin));
        json.WriteString("dialectReason", file.Choice.Reason);
        json.WriteEndObject();
    }

    private static string DialectSourceName(DialectOrigin origin) => origin switch
    {
        DialectOrigin.Name => "name",
        DialectOrigin.Configuration => "configuration",
        DialectOrigin.Detected => "detected",
        _ => "default",
    };

    private static void WriteDiagnostic(Utf8JsonWriter json, ReportContext context, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var start = location.Start;
        var end = location.End;
        json.WriteStartObject();
        json.WriteString("file", context.RelativePath(location.Path));
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteString("ruleId", diagnostic.Rule.Code);
        json.WriteString("ruleName", diagnostic.Rule.Name);
        json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        json.WriteString("help", diagnostic.Help);
        json.WriteEndObject();
    }
}
