using System.Text.RegularExpressions;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Core.Tests.Snapshots;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Reporting.SampleReports;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed partial class GitHubReporterTests
{
    private static readonly GitHubReporter Reporter = new();

    [Fact]
    public void Full_report() => Snapshot.Match(Render(Reporter, Full()));

    [Fact]
    public void Empty_report() => Snapshot.Match(Render(Reporter, Empty()));

    [Theory]
    [InlineData("100% safe", "100%25 safe")]
    [InlineData("one\r\ntwo\rthree\nfour", "one%0D%0Atwo%0Dthree%0Afour")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A stays literal", "%250A stays literal")]
    public void Message_data_escapes_percent_and_line_breaks(string data, string escaped) =>
        Assert.Equal(escaped, GitHubReporter.EscapeData(data));

    [Theory]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("50%\n", "50%25%0A")]
    [InlineData("db/migrations/001.sql", "db/migrations/001.sql")]
    public void Properties_also_escape_colon_and_comma(string value, string escaped) =>
        Assert.Equal(escaped, GitHubReporter.EscapeProperty(value));

    [Fact]
    public void Every_line_is_one_workflow_command_with_well_formed_properties()
    {
        var source = new SourceText("DROP TABLE users;\n", "migrations/a,b:c.sql");
        var report = new LintReport(
            [.. Full().Diagnostics, new Diagnostic(BanDropColumn, Severity.Warning, "50%: gone,\nreally.", At(source, "DROP", ";"))],
            AllRules,
            15);

        var lines = Render(Reporter, report).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(6, lines.Length);
        Assert.All(lines, line => Assert.Matches(WorkflowCommand(), line));
        Assert.Contains(
            "::warning file=db/migrations/a%2Cb%3Ac.sql,line=1,endLine=1,col=1,endColumn=18,title=MIG201 ban-drop-column::50%25: gone,%0Areally.%0Adocs: " + BanDropColumn.HelpUri,
            lines);
    }

    [Fact]
    public void Spans_over_several_lines_carry_no_columns_and_notes_are_notices()
    {
        var note = Assert.Single(Render(Reporter, Full()).Split('\n'), l => l.Contains("MIG601", StringComparison.Ordinal));

        Assert.StartsWith("::notice file=db/migrations/003_rewrite.sql,line=4,endLine=11,title=", note, StringComparison.Ordinal);
        Assert.DoesNotContain("col=", note, StringComparison.Ordinal);
    }

    // ::command key=value,key=value::message, where values hold no raw ',' or ':' and the message no line break.
    [GeneratedRegex("^::(error|warning|notice) file=[^,:]+(,(line|endLine|col|endColumn)=[0-9]+)*,title=[^,:]+::[^\r\n]*$")]
    private static partial Regex WorkflowCommand();
}
