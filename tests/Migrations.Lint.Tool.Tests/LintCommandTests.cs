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

    [Fact]
    public void A_file_detected_as_sql_server_gets_a_note_saying_so_and_why()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__create.sql", "CREATE TABLE users (id int);\n");
        temp.Write("V2__orders.sql", "CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL)\nGO\n");

        var run = CliRun.Of("lint", temp.Path, "--no-color", "--exclude-rule", "missing-down-script");

        Assert.Equal(0, run.ExitCode);
        var note = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("note: ", StringComparison.Ordinal));
        Assert.Contains("/V2__orders.sql linted as SQL Server (SQL Server syntax: [bracketed] name on line 1", note, StringComparison.Ordinal);
        Assert.Contains("GO batch separator on line 2", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_syntax_of_both_dialects_gets_a_note_naming_the_default()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__mixed.sql", "SELECT N'x', 'y'::text;\n");

        var run = CliRun.Of("lint", temp.Path, "--no-color", "--exclude-rule", "missing-down-script");

        Assert.StartsWith("note: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "/V1__mixed.sql linted as PostgreSQL, the default (As much SQL Server syntax (N'…' string on line 1) as PostgreSQL syntax (:: cast on line 1)); ",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_dialect_gets_no_note()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__orders.sql", "CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL)\nGO\n");
        temp.Write("V2__more.mssql.sql", "CREATE TABLE [dbo].[Lines] ([Id] INT NOT NULL)\nGO\n");

        var run = CliRun.Of("lint", temp.Path, "--no-color", "--dialect", "sqlserver", "--exclude-rule", "missing-down-script");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("note:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_lists_each_file_with_its_dialect_and_where_it_came_from()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__create.sql", "CREATE TABLE users (id int);\n");
        temp.Write("V2__orders.sql", "CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL)\nGO\n");
        temp.Write("V3__lines.mssql.sql", "CREATE TABLE lines (id int);\n");

        var run = CliRun.Of("lint", temp.Path, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["version", "diagnostics", "summary", "files"], json.RootElement.EnumerateObject().Select(property => property.Name));
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(file => $"{Path.GetFileName(file.GetProperty("file").GetString())} {file.GetProperty("dialect").GetString()} {file.GetProperty("dialectSource").GetString()}")
            .ToArray();
        Assert.Equal(["V1__create.sql postgres default", "V2__orders.sql sqlserver detected", "V3__lines.mssql.sql sqlserver name"], files);
        Assert.StartsWith("SQL Server syntax: ", json.RootElement.GetProperty("files")[1].GetProperty("dialectReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_report_carries_the_dialect_note_as_a_tool_notification()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__orders.sql", "CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL)\nGO\n");

        var run = CliRun.Of("lint", temp.Path, "--format", "sarif");

        using var json = JsonDocument.Parse(run.Output);
        var notification = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", notification.GetProperty("level").GetString());
        Assert.Contains("/V1__orders.sql linted as SQL Server", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
