using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// A GitLab Code Quality report (the CodeClimate subset GitLab reads): a JSON array of issues with
/// description, check_name, fingerprint, severity and location.path/lines.begin, shown in merge requests.
/// Severities follow the usual linter mapping: error → major, warning → minor, note → info.
/// </summary>
public sealed class GitLabReporter : IReporter
{
    public const string FormatName = "gitlab";

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output)
    {
        // Identities are computed over all findings, suppressed ones included, so that suppressing one
        // finding does not renumber the others on the same line text.
        var all = ReportOrder.All(report, context);
        var identities = FindingIdentity.Compute(all);
        JsonText.Write(output, json =>
        {
            json.WriteStartArray();
            for (var i = 0; i < all.Count; i++)
            {
                if (!all[i].IsSuppressed)
                {
                    WriteIssue(json, context, all[i], identities[i]);
                }
            }

            json.WriteEndArray();
        });
    }

    private static void WriteIssue(Utf8JsonWriter json, ReportContext context, Diagnostic diagnostic, FindingIdentity identity)
    {
        var location = diagnostic.Location;
        var path = context.RepositoryPath(location.Path);
        json.WriteStartObject();
        json.WriteString("description", $"{diagnostic.Rule}: {diagnostic.Message}");
        json.WriteString("check_name", diagnostic.Rule.Code);
        json.WriteString("fingerprint", Fingerprint(diagnostic.Rule.Code, path, identity));
        json.WriteString("severity", QualitySeverity(diagnostic.Severity));
        json.WriteStartObject("location");
        json.WriteString("path", path);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", location.Start.Line);
        json.WriteNumber("end", SourceLines.LastLine(location.Source, location.Span));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Stable across runs and machines (repository-relative path) and unique per finding (occurrence).</summary>
    private static string Fingerprint(string ruleCode, string path, FindingIdentity identity)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleCode}\n{path}\n{identity}"));
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    private static string QualitySeverity(Severity severity) => severity switch
    {
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };
}
