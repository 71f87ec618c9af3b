using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class TextReporterTests
{
    private static readonly TextReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Full_report_in_color() => Snapshot.Match(Render(Reporter, Full(), Context(color: true)));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Fact]
    public void Carets_line_up_under_the_span_after_tabs_and_CRLF()
    {
        var source = new SourceText("BEGIN;\r\n\t\tCREATE INDEX i ON t (a);\r\nCOMMIT;\r\n", "m.sql");
        var lines = RenderOne(new Diagnostic(RequireConcurrentIndex, Severity.Error, "No CONCURRENTLY.", At(source, "CREATE", ");")));

        var sourceRow = Assert.Single(lines, l => l.StartsWith("2 | ", StringComparison.Ordinal));
        var caretRow = lines[Array.IndexOf(lines, sourceRow) + 1];

        Assert.Equal("2 |         CREATE INDEX i ON t (a);", sourceRow);
        Assert.Equal(sourceRow.IndexOf("CREATE", StringComparison.Ordinal), caretRow.IndexOf('^', StringComparison.Ordinal));
        Assert.Equal("CREATE INDEX i ON t (a);".Length, caretRow.Count(c => c == '^'));
        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal) || l.Contains('\t', StringComparison.Ordinal));
    }

    [Fact]
    public void Wide_characters_take_two_columns_and_combining_marks_none()
    {
        // "e" + U+0301 (combining acute) is one column; each CJK ideograph is two.
        var source = new SourceText("SELECT 'e\u0301表' , x;\n", "m.sql");
        var lines = RenderOne(new Diagnostic(RequirePrimaryKey, Severity.Note, "Here.", At(source, "x", "x")));

        var caretRow = lines[Array.FindIndex(lines, l => l.StartsWith("1 | ", StringComparison.Ordinal)) + 1];

        Assert.Equal("  |                ^", caretRow);
    }

    [Fact]
    public void Control_and_bidi_characters_are_shown_not_executed()
    {
        var source = new SourceText("SELECT '\u001b[2J\u202Eevil';\n", "m.sql");
        var lines = RenderOne(new Diagnostic(RequirePrimaryKey, Severity.Note, "Here.", At(source, "SELECT", ";")));

        Assert.Contains("1 | SELECT '\u241b[2J\ufffdevil';", lines);
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal) || l.Contains('\u202E', StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_span_gets_one_caret_where_it_points()
    {
        var source = new SourceText("CREATE TABLE t (a int)\n", "m.sql");
        var endOfStatement = new SourceLocation(source, new TextSpan(22, 0));
        var lines = RenderOne(new Diagnostic(RequirePrimaryKey, Severity.Note, "Missing ';'.", endOfStatement));

        Assert.Contains("  |                       ^", lines);
    }

    [Fact]
    public void A_whole_file_finding_has_a_header_and_no_code_frame()
    {
        var source = new SourceText("ALTER TABLE t ADD COLUMN a int;\n", "up.sql");
        var lines = RenderOne(new Diagnostic(RequireDownMigration, Severity.Warning, "No down migration.", SourceLocation.WholeFile(source)));

        Assert.Equal(
            [
                "up.sql:1:1: warning MIG401 require-down-migration: No down migration.",
                "  = docs: " + RequireDownMigration.HelpUri,
                "",
                "1 warning in 1 file",
            ],
            lines);
    }

    [Fact]
    public void Long_spans_are_cut_in_the_middle()
    {
        var source = new SourceText(string.Concat(Enumerable.Range(1, 12).Select(i => $"line {i}\n")), "m.sql");
        var lines = RenderOne(new Diagnostic(RequirePrimaryKey, Severity.Note, "Long.", At(source, "line 2", "line 11")));

        Assert.Contains(" 2 |   line 2", lines);
        Assert.Contains(" 3 | | line 3", lines);
        Assert.Contains(" 4 | | line 4", lines);
        Assert.Contains("...", lines);
        Assert.Contains("11 | | line 11", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(" 5 |", StringComparison.Ordinal) || l.StartsWith("10 |", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_counts_each_severity_and_the_suppressed()
    {
        var source = new SourceText("DROP TABLE t;\n", "m.sql");
        var location = At(source, "DROP", ";");
        var report = new LintReport(
            [
                new Diagnostic(BanDropColumn, Severity.Error, "E.", location),
                new Diagnostic(BanDropColumn, Severity.Note, "N1.", location),
                new Diagnostic(BanDropColumn, Severity.Note, "N2.", location),
                new Diagnostic(BanDropColumn, Severity.Warning, "S.", location, Suppression: new DiagnosticSuppression("-- ignore", null)),
            ],
            AllRules,
            1);

        var lines = Render(Reporter, report).Split('\n');

        Assert.Equal("1 error, 2 notes in 1 file (1 suppressed)", lines[^2]);
        Assert.DoesNotContain(lines, l => l.Contains(": S.", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_suppressed_findings_mean_no_problems()
    {
        var source = new SourceText("DROP TABLE t;\n", "m.sql");
        var suppressed = new Diagnostic(
            BanDropColumn, Severity.Warning, "S.", At(source, "DROP", ";"), Suppression: new DiagnosticSuppression("-- ignore", "ok"));

        Assert.Equal("No problems found in 1 file (1 suppressed).\n", Render(Reporter, new LintReport([suppressed], AllRules, 1)));
    }

    private static string[] RenderOne(Diagnostic diagnostic) =>
        Render(Reporter, new LintReport([diagnostic], AllRules, 1)).Split('\n')[..^1];
}
