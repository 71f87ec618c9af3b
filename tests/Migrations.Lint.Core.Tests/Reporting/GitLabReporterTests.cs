using System.Text.Json;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class GitLabReporterTests
{
    private static readonly GitLabReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Fact]
    public void Issues_carry_the_fields_GitLab_requires()
    {
        var issues = Issues(Full());

        Assert.Equal(5, issues.Count);
        foreach (var issue in issues)
        {
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("description").GetString()));
            Assert.Matches("^MIG[0-9]{3}$", issue.GetProperty("check_name").GetString());
            Assert.Matches("^[0-9a-f]{64}$", issue.GetProperty("fingerprint").GetString());
            Assert.Contains(issue.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" });
            var location = issue.GetProperty("location");
            Assert.StartsWith("db/migrations/", location.GetProperty("path").GetString(), StringComparison.Ordinal);
            var lines = location.GetProperty("lines");
            Assert.True(lines.GetProperty("begin").GetInt32() >= 1);
            Assert.True(lines.GetProperty("end").GetInt32() >= lines.GetProperty("begin").GetInt32());
        }

        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    [Fact]
    public void Fingerprints_survive_inserted_lines_and_tell_identical_lines_apart()
    {
        const string Statements = "ALTER TABLE t DROP COLUMN a;\nALTER TABLE t DROP COLUMN a;\n";
        var before = Fingerprints(new SourceText(Statements, "m.sql"));
        var after = Fingerprints(new SourceText("-- reviewed\n\n" + Statements, "m.sql"));

        Assert.Equal(before, after);
        Assert.NotEqual(before[0], before[1]);
    }

    [Fact]
    public void Fingerprints_differ_by_rule_and_by_file()
    {
        var source = new SourceText("ALTER TABLE t DROP COLUMN a;\n", "m.sql");
        var other = new SourceText("ALTER TABLE t DROP COLUMN a;\n", "n.sql");
        var report = new LintReport(
            [
                new Diagnostic(BanDropColumn, Severity.Warning, "Drop.", new SourceLocation(source, new TextSpan(0, 27))),
                new Diagnostic(BanAlterColumnType, Severity.Error, "Other rule.", new SourceLocation(source, new TextSpan(0, 27))),
                new Diagnostic(BanDropColumn, Severity.Warning, "Other file.", new SourceLocation(other, new TextSpan(0, 27))),
            ],
            AllRules,
            2);

        var fingerprints = Issues(report).Select(i => i.GetProperty("fingerprint").GetString()).ToList();

        Assert.Equal(3, fingerprints.Distinct().Count());
    }

    private static List<string?> Fingerprints(SourceText source)
    {
        var first = source.Text.IndexOf("ALTER", StringComparison.Ordinal);
        var second = source.Text.IndexOf("ALTER", first + 1, StringComparison.Ordinal);
        var report = new LintReport(
            [
                new Diagnostic(BanDropColumn, Severity.Warning, "Drop.", new SourceLocation(source, new TextSpan(first, 27))),
                new Diagnostic(BanDropColumn, Severity.Warning, "Drop.", new SourceLocation(source, new TextSpan(second, 27))),
            ],
            AllRules,
            1);
        return [.. Issues(report).Select(i => i.GetProperty("fingerprint").GetString())];
    }

    private static List<JsonElement> Issues(LintReport report)
    {
        using var json = JsonDocument.Parse(Render(Reporter, report));
        return [.. json.RootElement.EnumerateArray().Select(i => i.Clone())];
    }
}
