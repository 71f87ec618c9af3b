using System.Text.Json;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Unlike the other formats it lists
/// suppressed findings too, with an <c>inSource</c> suppression, so code scanning can show them as dismissed.
/// Artifact URIs are relative to <see cref="ReportContext.RepositoryRoot"/> through <c>%SRCROOT%</c>.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string FormatName = "sarif";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRootId = "%SRCROOT%";

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output)
    {
        var diagnostics = ReportOrder.All(report, context);
        var identities = FindingIdentity.Compute(diagnostics);
        var rules = new SarifRules(report);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", context.Tool.Name);
            json.WriteString("semanticVersion", context.Tool.Version);
            json.WriteString("informationUri", context.Tool.InformationUri);
            rules.Write(json);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", DirectoryUri(context.RepositoryRoot));
            json.WriteEndObject();
            json.WriteEndObject();

            WriteDialectNotifications(json, report, context);

            json.WriteStartArray("results");
            for (var i = 0; i < diagnostics.Count; i++)
            {
                WriteResult(json, context, rules, diagnostics[i], identities[i]);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Which dialect detection chose for a file, as notifications of the one invocation (omitted when there are none).</summary>
    private static void WriteDialectNotifications(Utf8JsonWriter json, LintReport report, ReportContext context)
    {
        var notes = DialectNotes.Of(report, context).ToArray();
        if (notes.Length == 0)
        {
            return;
        }

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var (file, text) in notes)
        {
            json.WriteStartObject();
            json.WriteString("level", SeverityNames.Of(Severity.Note));
            json.WriteStartObject("message");
            json.WriteString("text", text);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, context, file.Path);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(
        Utf8JsonWriter json, ReportContext context, SarifRules rules, Diagnostic diagnostic, FindingIdentity identity)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Rule.Code);
        json.WriteNumber("ruleIndex", rules.IndexOf(diagnostic.Rule));
        json.WriteString("level", SeverityNames.Of(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, context, diagnostic.Location.Path);
        WriteRegion(json, diagnostic.Location);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString("primaryLocationLineHash", identity.ToString());
        json.WriteEndObject();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (suppression.Justification is not null)
            {
                json.WriteString("justification", suppression.Justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, ReportContext context, string path)
    {
        json.WriteStartObject("artifactLocation");
        var relative = context.RepositoryPath(path);
        if (IsInsideRepository(relative))
        {
            json.WriteString("uri", RelativeUri(relative));
            json.WriteString("uriBaseId", SourceRootId);
        }
        else
        {
            json.WriteString("uri", new Uri(context.FullPath(path)).AbsoluteUri);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("region");
        var start = location.Start;
        json.WriteNumber("startLine", start.Line);
        if (!location.IsWholeFile)
        {
            var end = location.End;
            json.WriteNumber("startColumn", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
        }

        json.WriteEndObject();
    }

    private static bool IsInsideRepository(string relativePath) =>
        !Path.IsPathRooted(relativePath)
        && relativePath != ".."
        && !relativePath.StartsWith("../", StringComparison.Ordinal);

    /// <summary>A relative URI reference: each path segment percent-encoded (spaces, '#', non-ASCII).</summary>
    private static string RelativeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>SARIF requires a base URI to end with '/' so relative URIs resolve inside it.</summary>
    private static string DirectoryUri(string directory) =>
        new Uri(Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar).AbsoluteUri;
}
