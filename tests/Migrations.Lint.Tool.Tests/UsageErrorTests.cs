namespace Migrations.Lint.Tool.Tests;

/// <summary>Every usage or configuration problem is one line on stderr and exit code 5, never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("lint", "--format", "xml")]
    [InlineData("lint", "--no-such-option")]
    [InlineData("lint", "--pg-version", "fifteen")]
    [InlineData("lint", "--explain", "no-such-rule")]
    [InlineData("lint", "/no/such/path")]
    [InlineData("parse", "/no/such/file.sql")]
    public void Bad_command_lines_exit_5_with_one_line(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(5, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("migrate-lint: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_config_exits_5_naming_file_line_and_column()
    {
        using var temp = new TempDirectory();
        temp.Write("migrate-lint.json", "{\n  \"rules\": { \"ban-drop-tabel\": \"off\" }\n}\n");
        temp.Write("V1__a.sql", "SELECT 1;\n");

        var run = CliRun.Of("lint", temp.Path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("migrate-lint.json(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'ban-drop-table'", run.Error, StringComparison.Ordinal);
    }
}
