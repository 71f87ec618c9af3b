using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Migrations.Lint.Core.Tests.Reporting;

namespace Migrations.Lint.Tool.Tests.Installed;

/// <summary>
/// The installed package, end to end: each report format on the bundled samples, which hold planted hazards,
/// so every run must fail with exit code 1 and name them.
/// </summary>
public sealed partial class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void The_install_picks_the_ReadyToRun_package_on_linux_x64_and_the_portable_one_elsewhere()
    {
        var expected = RuntimeInformation.RuntimeIdentifier == "linux-x64" ? "migrations.lint.tool.linux-x64" : "migrations.lint.tool.any";

        var store = Path.Combine(tool.ToolPath, ".store", "migrations.lint.tool", tool.Version);
        var installed = Directory.EnumerateDirectories(store).Select(Path.GetFileName).ToArray();
        Assert.Contains(expected, installed);
    }

    [Fact]
    public void Text_names_each_hazard_with_its_position_and_rule()
    {
        var report = Lint("text");

        Assert.Matches(TextFinding(), report);
    }

    [Fact]
    public void Json_lists_the_findings_with_their_rules_and_positions()
    {
        using var report = JsonDocument.Parse(Lint("json"));

        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic =>
        {
            Assert.StartsWith("samples/", diagnostic.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.Matches("^MIG[0-9]{3}$", diagnostic.GetProperty("ruleId").GetString());
            Assert.True(diagnostic.GetProperty("line").GetInt32() > 0);
        });
        Assert.Contains(diagnostics, diagnostic => diagnostic.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void MSBuild_lines_are_canonical_errors_and_warnings_with_ranges()
    {
        var lines = Lines(Lint("msbuild"));

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(MSBuildLine(), line));
        Assert.Contains(lines, line => MSBuildRangeError().IsMatch(line));
    }

    [Fact]
    public void GitHub_lines_are_workflow_commands_with_a_file_and_line()
    {
        var lines = Lines(Lint("github"));

        Assert.Contains(lines, line => line.StartsWith("::error file=samples/unsafe/", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Matches("^::(error|warning|notice) file=samples/[^,]+,line=[0-9]+,", line));
    }

    [Fact]
    public void Sarif_passes_the_SARIF_multitool_with_the_GitHub_rules()
    {
        var report = Lint("sarif");

        using var log = JsonDocument.Parse(report);
        Assert.NotEmpty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var problems = SarifMultitool.Problems(report);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void GitLab_lists_code_quality_issues_with_fingerprints()
    {
        using var report = JsonDocument.Parse(Lint("gitlab"));

        var issues = report.RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(issues);
        Assert.All(issues, issue =>
        {
            Assert.Matches("^MIG[0-9]{3}$", issue.GetProperty("check_name").GetString());
            Assert.Matches("^[0-9a-f]{64}$", issue.GetProperty("fingerprint").GetString());
            Assert.StartsWith("samples/", issue.GetProperty("location").GetProperty("path").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(issues, issue => issue.GetProperty("severity").GetString() is "major" or "critical" or "blocker");
    }

    /// <summary>Lints samples/ into a file (the CLI's own output mixes both streams) and returns the report.</summary>
    private string Lint(string format)
    {
        var reportFile = Path.Combine(tool.Root, $"report.{format}");
        var (exitCode, output) = tool.MigrateLint("lint", "samples", "--format", format, "--output", reportFile, "--no-color");

        Assert.True(exitCode == 1, $"expected exit code 1 (lint errors), got {exitCode}:\n{output}");
        return File.ReadAllText(reportFile);
    }

    private static string[] Lines(string report) => report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^samples/unsafe/V[0-9]+__\w+\.sql:[0-9]+:[0-9]+: error MIG[0-9]{3} [a-z-]+: ", RegexOptions.Multiline)]
    private static partial Regex TextFinding();

    /// <summary>A whole-file finding (a missing down script) has a position, not a range.</summary>
    [GeneratedRegex(@"^samples/[^(]+\.sql\([0-9]+,[0-9]+(,[0-9]+,[0-9]+)?\): (error|warning) MIG[0-9]{3}: ")]
    private static partial Regex MSBuildLine();

    [GeneratedRegex(@"\([0-9]+,[0-9]+,[0-9]+,[0-9]+\): error MIG[0-9]{3}: ")]
    private static partial Regex MSBuildRangeError();
}
