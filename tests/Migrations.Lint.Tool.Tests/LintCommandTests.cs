using System.Text.Json;

namespace Migrations.Lint.Tool.Tests;

public sealed class LintCommandTests
{
    [Fact]
    public void Unsafe_samples_fail_with_exit_code_1_and_name_each_hazard()
    {
        var run = CliRun.Of("lint", RepositoryPaths.Samples("unsafe"), "--no-color");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error MIG102 require-concurrent-index", run.Output, StringComparison.Ordinal);
        Assert.Contains("error MIG103 adding-not-null-without-default", run.Output, StringComparison.Ordinal);
        Assert.Contains("error MIG104 ban-drop-table", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Safe_samples_pass_with_exit_code_0()
    {
        var run = CliRun.Of("lint", RepositoryPaths.Samples("postgres"), "--no-color");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(" error ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_as_first_argument_means_lint() =>
        Assert.Equal(1, CliRun.Of(RepositoryPaths.Samples("unsafe"), "--format", "msbuild").ExitCode);

    [Fact]
    public void Warnings_as_errors_fails_on_warnings()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__drop_index.sql", "DROP INDEX idx_users_email;\n");
        temp.Write("U1__drop_index.sql", "CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n");

        Assert.Equal(0, CliRun.Of("lint", temp.Path).ExitCode);
        Assert.Equal(1, CliRun.Of("lint", temp.Path, "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void Json_report_follows_the_documented_shape()
    {
        var run = CliRun.Of("lint", RepositoryPaths.Samples("unsafe"), "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(
            ["file", "line", "column", "endLine", "endColumn", "ruleId", "ruleName", "severity", "message", "help"],
            first.EnumerateObject().Select(property => property.Name));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var temp = new TempDirectory();
        var sarif = Path.Combine(temp.Path, "lint.sarif");

        var run = CliRun.Of("lint", RepositoryPaths.Samples("unsafe"), "--format", "sarif", "--output", sarif);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Excluding_a_rule_silences_it()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__drop.sql", "DROP TABLE users;\n");
        temp.Write("U1__drop.sql", "CREATE TABLE users (id bigint);\n");

        Assert.Equal(1, CliRun.Of("lint", temp.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("lint", temp.Path, "--exclude-rule", "ban-drop-table").ExitCode);
        Assert.Equal(0, CliRun.Of("lint", temp.Path, "--exclude-rule", "MIG104").ExitCode);
    }

    [Fact]
    public void List_rules_prints_every_rule()
    {
        var run = CliRun.Of("--list-rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("MIG001  syntax-error", run.Output, StringComparison.Ordinal);
        Assert.Contains("MIG104  ban-drop-table", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_rule_page_by_name_or_code()
    {
        Assert.StartsWith("# ban-drop-table (MIG104)", CliRun.Of("--explain", "ban-drop-table").Output, StringComparison.Ordinal);
        Assert.StartsWith("# ban-drop-table (MIG104)", CliRun.Of("lint", "--explain", "mig104").Output, StringComparison.Ordinal);
    }
}
