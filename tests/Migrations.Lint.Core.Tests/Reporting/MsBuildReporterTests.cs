using System.Text.RegularExpressions;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed partial class MsBuildReporterTests
{
    private static readonly MsBuildReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Fact]
    public void Errors_and_warnings_parse_as_MSBuild_canonical_errors()
    {
        var lines = Lines(Render(Reporter, Full()));
        var canonical = lines.Select(l => MsBuildCanonicalError().Match(l)).Where(m => m.Success).ToList();

        Assert.Equal(4, canonical.Count);
        var index = canonical[0];
        Assert.Equal("migrations/001_create_index.sql", index.Groups["file"].Value);
        Assert.Equal("3,2,3,47", index.Groups["location"].Value);
        Assert.Equal("error", index.Groups["category"].Value);
        Assert.Equal("MIG101", index.Groups["code"].Value);
        Assert.StartsWith("Creating index", index.Groups["text"].Value.Trim(), StringComparison.Ordinal);
        Assert.Equal(["error", "warning", "error", "warning"], canonical.Select(m => m.Groups["category"].Value));
    }

    [Fact]
    public void Notes_are_info_lines_that_MSBuild_does_not_count_but_VS_Code_shows()
    {
        var note = Assert.Single(Lines(Render(Reporter, Full())), l => l.Contains("MIG601", StringComparison.Ordinal));

        Assert.DoesNotMatch(MsBuildCanonicalError(), note);
        Assert.Matches(VsCodeMsCompile(), note);
        Assert.Contains("): info MIG601: ", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_line_message_stays_on_one_line()
    {
        var source = new SourceText("DROP TABLE users;\n", "a.sql");
        var report = new LintReport(
            [new Diagnostic(BanDropColumn, Severity.Warning, "First line.\r\nSecond line.\nThird.", At(source, "DROP", ";"))],
            AllRules,
            1);

        var line = Assert.Single(Lines(Render(Reporter, report)));

        Assert.Matches(MsBuildCanonicalError(), line);
        Assert.Contains("First line. Second line. Third.", line, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // MSBuild's canonical message: an origin without ':' (a drive letter excepted) that ends in a
    // parenthesised location of digits and commas, then ':', optional subcategory, error|warning,
    // the code (no ':' or space), ':' and the text.
    [GeneratedRegex(@"^(?<file>(?:[a-zA-Z]:)?[^:]*?)\((?<location>[0-9,]*)\)\s*:\s*(?:[^:]*? )?(?<category>error|warning)(?: \s*(?<code>[^: ]+))?\s*:(?<text>.*)$")]
    private static partial Regex MsBuildCanonicalError();

    // VS Code's $msCompile problem matcher.
    [GeneratedRegex(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$")]
    private static partial Regex VsCodeMsCompile();
}
