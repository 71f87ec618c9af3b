using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Execution;
using Migrations.Lint.Text;

namespace Migrations.Lint.Runner.Tests;

public sealed class ScriptPlanTests
{
    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY i ON t (c);", "CREATE INDEX CONCURRENTLY")]
    [InlineData("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c);", "CREATE INDEX CONCURRENTLY")]
    [InlineData("DROP INDEX CONCURRENTLY IF EXISTS i;", "DROP INDEX CONCURRENTLY")]
    [InlineData("REINDEX INDEX CONCURRENTLY i;", "REINDEX CONCURRENTLY")]
    [InlineData("VACUUM (ANALYZE) t;", "VACUUM")]
    [InlineData("ALTER SYSTEM SET work_mem = '64MB';", "ALTER SYSTEM")]
    [InlineData("CREATE DATABASE reporting;", "CREATE DATABASE")]
    [InlineData("ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;", "DETACH PARTITION CONCURRENTLY")]
    public void Statements_that_cannot_run_in_a_transaction_switch_the_script_to_autocommit(string sql, string reason)
    {
        var plan = Plan("SELECT 1;\n" + sql, serverMajorVersion: 16);

        Assert.Equal(ExecutionMode.Autocommit, plan.Mode);
        Assert.Equal($"{reason} at line 2", plan.ModeReason);
        Assert.Equal(2, plan.Statements.Count);
    }

    [Fact]
    public void Adding_an_enum_value_needs_autocommit_only_before_postgresql_12()
    {
        const string sql = "ALTER TYPE mood ADD VALUE 'meh';";

        Assert.Equal(ExecutionMode.Autocommit, Plan(sql, serverMajorVersion: 11).Mode);
        Assert.Equal(ExecutionMode.Transaction, Plan(sql, serverMajorVersion: 12).Mode);
    }

    [Fact]
    public void A_script_with_its_own_begin_and_commit_runs_as_written()
    {
        var plan = Plan("-- header\nBEGIN;\nCREATE INDEX CONCURRENTLY i ON t (c);\nCOMMIT;", serverMajorVersion: 16);

        Assert.Equal((ExecutionMode.AsWritten, "BEGIN at line 2"), (plan.Mode, plan.ModeReason));
    }

    [Fact]
    public void Ordinary_statements_run_in_a_transaction_and_keep_their_lines_and_text()
    {
        var plan = Plan("CREATE TABLE t (id int);\n\n-- note\nINSERT INTO t VALUES (1);", serverMajorVersion: 16);

        Assert.Equal(ExecutionMode.Transaction, plan.Mode);
        Assert.Null(plan.ModeReason);
        Assert.Equal(
            [("CREATE TABLE t (id int)", 1), ("INSERT INTO t VALUES (1)", 4)],
            plan.Statements.Select(statement => (statement.Text, statement.Line)));
    }

    [Fact]
    public void Only_index_builds_can_leave_an_invalid_index_behind()
    {
        var plan = Plan("CREATE INDEX CONCURRENTLY i ON t (c); DROP INDEX CONCURRENTLY j; REINDEX TABLE CONCURRENTLY t;", serverMajorVersion: 16);

        Assert.Equal([true, false, true], plan.Statements.Select(statement => statement.BuildsIndexConcurrently));
    }

    [Fact]
    public void A_section_is_planned_with_the_files_own_line_numbers()
    {
        const string text = "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n";
        var source = new SourceText(text, "1_t.sql");
        var downStart = text.IndexOf("DROP", StringComparison.Ordinal);
        var down = new MigrationScript("1_t.sql", MigrationDirection.Down, source, TextSpan.FromBounds(downStart, text.Length), MigrationScriptOptions.None, null);

        var plan = ScriptPlan.Create(down, serverMajorVersion: 16);

        var statement = Assert.Single(plan.Statements);
        Assert.Equal(("DROP TABLE t", 4), (statement.Text, statement.Line));
    }

    [Theory]
    [InlineData("CREATE TABLE t (id int);\n\\i other.sql\n", "V1__test.sql:2: cannot run this script: '\\i other.sql' is a psql meta-command, which only psql can run")]
    [InlineData("SELECT 1;\nSELECT 'unterminated;\n", "V1__test.sql:2: cannot run this script: ")]
    public void Scripts_the_server_or_the_runner_cannot_run_are_refused_before_anything_runs(string sql, string expected)
    {
        var error = Assert.Throws<RunnerException>(() => Plan(sql, serverMajorVersion: 16));

        Assert.Equal(RunnerErrorKind.Configuration, error.Kind);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static ScriptPlan Plan(string sql, int serverMajorVersion)
    {
        var source = new SourceText(sql, "V1__test.sql");
        var script = new MigrationScript("V1__test.sql", MigrationDirection.Up, source, new TextSpan(0, sql.Length), MigrationScriptOptions.None, null);
        return ScriptPlan.Create(script, serverMajorVersion);
    }
}
