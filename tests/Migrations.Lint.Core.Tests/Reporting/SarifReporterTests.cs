using System.Text.Json;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Sql;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class SarifReporterTests
{
    private static readonly SarifReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_SARIF_multitool_finds_no_errors_or_warnings(bool withFindings)
    {
        var problems = SarifMultitool.Problems(Render(Reporter, withFindings ? Full() : Empty()));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_multitool_check_reports_a_log_GitHub_would_reject()
    {
        var withoutShortDescriptions = Render(Reporter, Full()).Replace("\"shortDescription\"", "\"unknownProperty\"", StringComparison.Ordinal);

        var problems = SarifMultitool.Problems(withoutShortDescriptions);

        Assert.Contains(problems, p => p.StartsWith("error GH2012", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppressed_findings_are_listed_with_an_in_source_suppression()
    {
        var results = Results(Full());

        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("Dropping \"note\" from \"orders\" loses its data.", suppressed.GetProperty("message").GetProperty("text").GetString());
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("The column was never populated.", suppression.GetProperty("justification").GetString());
        Assert.Equal(6, results.Count);
    }

    [Fact]
    public void Every_enabled_rule_is_described_and_every_result_points_at_its_rule()
    {
        using var sarif = Parse(Full());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(AllRules.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void A_rule_that_reports_without_being_enabled_is_still_described()
    {
        var source = new SourceText("SELEC 1;\n", "broken.sql");
        var parseError = new RuleDescriptor(
            "MIG001", "parse-error", "The file cannot be parsed", Severity.Error, RuleCategory.Correctness,
            [Dialect.Postgres], "The parser could not read the statement.");
        var report = new LintReport(
            [new Diagnostic(parseError, Severity.Error, "Syntax error at \"SELEC\".", At(source, "SELEC", "SELEC"))],
            [RequireConcurrentIndex],
            1);

        using var sarif = Parse(report);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(["MIG101", "MIG001"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(1, run.GetProperty("results")[0].GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void The_line_hash_survives_lines_inserted_above_the_finding()
    {
        const string Statement = "CREATE INDEX idx ON users (email);\n";
        var before = new SourceText(Statement, "a.sql");
        var after = new SourceText("-- a new comment\nSET lock_timeout = '1s';\n" + Statement, "a.sql");

        var hashBefore = Fingerprint(Results(IndexReport(before))[0]);
        var hashAfter = Fingerprint(Results(IndexReport(after))[0]);

        Assert.Equal(hashBefore, hashAfter);
        Assert.Matches("^[0-9a-f]{16}:1$", hashBefore);
    }

    [Fact]
    public void Identical_lines_get_distinct_occurrence_numbers()
    {
        var source = new SourceText("CREATE INDEX i ON t (a);\nCREATE INDEX i ON t (a);\n", "a.sql");
        var first = new SourceLocation(source, new TextSpan(0, 23));
        var second = new SourceLocation(source, new TextSpan(25, 23));
        var report = new LintReport(
            [
                new Diagnostic(RequireConcurrentIndex, Severity.Error, "Second.", second),
                new Diagnostic(RequireConcurrentIndex, Severity.Error, "First.", first),
            ],
            AllRules,
            1);

        var fingerprints = Results(report).Select(Fingerprint).ToList();

        Assert.Equal(fingerprints[0][..^2] + ":1", fingerprints[0]);
        Assert.Equal(fingerprints[0][..^2] + ":2", fingerprints[1]);
    }

    [Fact]
    public void Files_inside_the_repository_are_relative_to_SRCROOT_and_others_are_absolute_uris()
    {
        var inside = new SourceText("DROP TABLE users;\n", "migrations/ä #1.sql");
        var outside = new SourceText("DROP TABLE users;\n", Path.GetFullPath("/elsewhere/x.sql"));
        var report = new LintReport(
            [
                new Diagnostic(BanDropColumn, Severity.Warning, "Inside.", SourceLocation.WholeFile(inside)),
                new Diagnostic(BanDropColumn, Severity.Warning, "Outside.", SourceLocation.WholeFile(outside)),
            ],
            AllRules,
            2);

        var locations = Results(report)
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .ToList();

        Assert.Equal("file:///elsewhere/x.sql", locations[0].GetProperty("uri").GetString());
        Assert.False(locations[0].TryGetProperty("uriBaseId", out _));
        Assert.Equal("db/migrations/%C3%A4%20%231.sql", locations[1].GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", locations[1].GetProperty("uriBaseId").GetString());
    }

    [Theory]
    [InlineData("require-concurrent-index", "RequireConcurrentIndex")]
    [InlineData("parse-error", "ParseError")]
    [InlineData("naming", "Naming")]
    public void Rule_names_become_PascalCase_identifiers(string kebab, string expected) =>
        Assert.Equal(expected, SarifRules.PascalCaseName(kebab));

    private static LintReport IndexReport(SourceText source) => new(
        [new Diagnostic(RequireConcurrentIndex, Severity.Error, "No CONCURRENTLY.", At(source, "CREATE", ");"))],
        AllRules,
        1);

    private static string Fingerprint(JsonElement result) =>
        result.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!;

    private static List<JsonElement> Results(LintReport report)
    {
        using var sarif = Parse(report);
        return [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    private static JsonDocument Parse(LintReport report) => JsonDocument.Parse(Render(Reporter, report));
}
