using System.Text.Json;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class JsonReporterTests
{
    private static readonly JsonReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Fact]
    public void Output_has_exactly_the_documented_fields()
    {
        using var json = JsonDocument.Parse(Render(Reporter, Full()));
        var root = json.RootElement;

        Assert.Equal(["version", "diagnostics", "summary", "files"], Names(root));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(["files", "errors", "warnings"], Names(root.GetProperty("summary")));
        foreach (var diagnostic in root.GetProperty("diagnostics").EnumerateArray())
        {
            Assert.Equal(
                ["file", "line", "column", "endLine", "endColumn", "ruleId", "ruleName", "severity", "message", "help"],
                Names(diagnostic));
            foreach (var number in new[] { "line", "column", "endLine", "endColumn" })
            {
                Assert.True(diagnostic.GetProperty(number).GetInt32() >= 1, number);
            }

            Assert.Matches("^MIG[0-9]{3}$", diagnostic.GetProperty("ruleId").GetString());
            Assert.Matches("^[a-z]+(-[a-z]+)*$", diagnostic.GetProperty("ruleName").GetString());
            Assert.Contains(diagnostic.GetProperty("severity").GetString(), new[] { "error", "warning", "note" });
            Assert.Contains(diagnostic.GetProperty("help").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }

        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            Assert.Equal(["file", "dialect", "dialectSource", "dialectReason"], Names(file));
            Assert.Contains(file.GetProperty("dialect").GetString(), new[] { "postgres", "sqlserver" });
            Assert.Contains(file.GetProperty("dialectSource").GetString(), new[] { "name", "configuration", "detected", "default" });
        }
    }

    [Fact]
    public void Suppressed_findings_are_left_out_of_the_list_and_the_summary()
    {
        using var json = JsonDocument.Parse(Render(Reporter, Full()));
        var root = json.RootElement;

        var messages = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString());
        Assert.DoesNotContain("Dropping \"note\" from \"orders\" loses its data.", messages);
        Assert.Equal(5, root.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(14, root.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void Files_are_relative_to_the_working_directory_with_forward_slashes()
    {
        using var json = JsonDocument.Parse(Render(Reporter, Full()));

        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("file").GetString()!)
            .Distinct();

        Assert.Equal(
            ["migrations/001_create_index.sql", "migrations/002 drop column.sql", "migrations/003_rewrite.sql", "migrations/004_add_column.sql"],
            files);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
