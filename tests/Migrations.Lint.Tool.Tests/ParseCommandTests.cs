using System.Text.Json;

namespace Migrations.Lint.Tool.Tests;

public sealed class ParseCommandTests
{
    [Fact]
    public void Json_lists_each_statement_with_kind_and_exact_position()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("V1__a.sql", "\uFEFFCREATE INDEX i ON t (a);\r\nDROP TABLE t;");

        var run = CliRun.Of("parse", file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var parsed = json.RootElement.GetProperty("files")[0];
        Assert.Equal("postgres", parsed.GetProperty("dialect").GetString());
        var statements = parsed.GetProperty("statements");
        Assert.Equal("CreateIndex", statements[0].GetProperty("kind").GetString());
        Assert.Equal((1, 1, 1, 24), Position(statements[0]));
        Assert.Equal(1, statements[0].GetProperty("startOffset").GetInt32());
        Assert.Equal("Drop", statements[1].GetProperty("kind").GetString());
        Assert.Equal((2, 1, 2, 13), Position(statements[1]));
    }

    [Fact]
    public void The_dialect_is_detected_from_the_sql_and_the_reason_is_printed()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("0001_users.sql", "CREATE TABLE [dbo].[Users] ([Id] INT IDENTITY(1,1) NOT NULL)\nGO\nCREATE INDEX IX_Users ON dbo.Users (Id)\n");

        var run = CliRun.Of("parse", file, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var parsed = json.RootElement.GetProperty("files")[0];
        Assert.Equal("sqlserver", parsed.GetProperty("dialect").GetString());
        Assert.Contains("GO batch separator on line 2", parsed.GetProperty("dialectReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["CreateTable", "CreateIndex"], parsed.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Syntax_errors_make_the_exit_code_1()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bad.sql", "UPDATE t SET a = 1 LIMIT 5;");

        var run = CliRun.Of("parse", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error MIG001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_files_are_reported_not_parsed()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("blob.sql", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);

        var run = CliRun.Of("parse", file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("binary file", run.Output, StringComparison.Ordinal);
    }

    private static (int, int, int, int) Position(JsonElement statement) =>
        (statement.GetProperty("line").GetInt32(), statement.GetProperty("column").GetInt32(),
         statement.GetProperty("endLine").GetInt32(), statement.GetProperty("endColumn").GetInt32());
}
