using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>
/// IF, WHILE, BEGIN … END, TRY … CATCH and dynamic SQL: each is a block listed before the statements inside
/// it, so rules see the DDL of <c>IF NOT EXISTS (…) BEGIN … END</c>.
/// </summary>
public sealed class TSqlControlFlowTests
{
    [Fact]
    public void Nested_blocks_list_their_statements_after_them()
    {
        const string sql = "BEGIN SELECT 1 BEGIN SELECT 2 END SELECT 3 END SELECT 4";

        Assert.Equal(
            [
                "BEGIN SELECT 1 BEGIN SELECT 2 END SELECT 3 END",
                "> SELECT 1",
                "> BEGIN SELECT 2 END",
                "> > SELECT 2",
                "> SELECT 3",
                "SELECT 4",
            ],
            Outline(sql));
    }

    [Fact]
    public void A_block_is_a_statement_with_its_body()
    {
        var script = Parse("BEGIN; CREATE TABLE t (a int); CREATE INDEX ix ON t (a); END;");

        var block = Assert.IsType<BlockStatement>(script.Statements[0]);
        Assert.Equal(BlockKind.Block, block.BlockKind);
        Assert.Equal(StatementKind.Other, block.Kind);
        Assert.Equal("BEGIN", block.Keywords);
        Assert.Equal([StatementKind.CreateTable, StatementKind.CreateIndex], block.Body.Select(statement => statement.Kind));
        Assert.Same(block.Body[1], script.Statements[2]);
        Assert.Empty(block.Alternative);
    }

    [Fact]
    public void An_IF_folds_the_BEGIN_END_that_is_its_body_and_keeps_its_condition()
    {
        const string sql = """
            IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'ix')
            BEGIN
                CREATE INDEX ix ON t (a)
                PRINT 'created'
            END
            ELSE
                PRINT 'exists'
            """;
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        var statement = Assert.IsType<BlockStatement>(script.Statements[0]);
        Assert.Equal(BlockKind.If, statement.BlockKind);
        Assert.Equal("IF", statement.Keywords);
        Assert.Equal("NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'ix')", script.Text(statement.ConditionSpan));
        Assert.Equal(sql, script.Text(statement.Span));
        Assert.Equal(["CREATE INDEX ix ON t (a)", "PRINT 'created'"], statement.Body.Select(inner => script.Text(inner.Span)));
        Assert.Equal(["PRINT 'exists'"], statement.Alternative.Select(inner => script.Text(inner.Span)));
        Assert.Equal(4, script.Statements.Count);
    }

    [Theory]
    [InlineData("IF 1 = 1 SELECT 1 ELSE SELECT 2", "IF 1 = 1 SELECT 1 ELSE SELECT 2", "> SELECT 1", "> SELECT 2")]
    [InlineData("IF 1 = 1 SELECT 1; ELSE SELECT 2;", "IF 1 = 1 SELECT 1; ELSE SELECT 2", "> SELECT 1", "> SELECT 2")]
    [InlineData("IF 1 = 1 SELECT 1 SELECT 2", "IF 1 = 1 SELECT 1", "> SELECT 1", "SELECT 2")]
    [InlineData("IF (1 = 1) BEGIN SELECT 1 END ELSE BEGIN SELECT 2 END", "IF (1 = 1) BEGIN SELECT 1 END ELSE BEGIN SELECT 2 END", "> SELECT 1", "> SELECT 2")]
    [InlineData(
        "IF @a = 1 PRINT 'a' ELSE IF @a = 2 PRINT 'b' ELSE PRINT 'c'",
        "IF @a = 1 PRINT 'a' ELSE IF @a = 2 PRINT 'b' ELSE PRINT 'c'",
        "> PRINT 'a'",
        "> IF @a = 2 PRINT 'b' ELSE PRINT 'c'",
        "> > PRINT 'b'",
        "> > PRINT 'c'")]
    [InlineData(
        "IF 1 = 1 IF 2 = 2 SELECT 'a' ELSE SELECT 'b'",
        "IF 1 = 1 IF 2 = 2 SELECT 'a' ELSE SELECT 'b'",
        "> IF 2 = 2 SELECT 'a' ELSE SELECT 'b'",
        "> > SELECT 'a'",
        "> > SELECT 'b'")]
    [InlineData(
        "IF OBJECT_ID(N'dbo.t', N'U') IS NULL CREATE TABLE dbo.t (a int) ALTER TABLE dbo.t ADD b int",
        "IF OBJECT_ID(N'dbo.t', N'U') IS NULL CREATE TABLE dbo.t (a int)",
        "> CREATE TABLE dbo.t (a int)",
        "ALTER TABLE dbo.t ADD b int")]
    [InlineData(
        "IF (CASE WHEN @a = 1 THEN 1 ELSE 0 END) = 1 BEGIN SELECT CASE @b WHEN 1 THEN 'x' END END",
        "IF (CASE WHEN @a = 1 THEN 1 ELSE 0 END) = 1 BEGIN SELECT CASE @b WHEN 1 THEN 'x' END END",
        "> SELECT CASE @b WHEN 1 THEN 'x' END")]
    [InlineData(
        "IF CASE WHEN @a = 1 THEN 1 END = 1 SELECT 1 ELSE SELECT 2",
        "IF CASE WHEN @a = 1 THEN 1 END = 1 SELECT 1 ELSE SELECT 2",
        "> SELECT 1",
        "> SELECT 2")]
    public void IF_takes_one_statement_and_an_optional_ELSE(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Fact]
    public void WHILE_loops_over_one_statement_or_block()
    {
        const string sql = """
            WHILE 1 = 1
            BEGIN
                DELETE TOP (1000) FROM dbo.Log WHERE CreatedAt < '2020-01-01'
                IF @@ROWCOUNT = 0 BREAK
            END
            PRINT 'done'
            """;

        Assert.Equal(
            [
                sql[..sql.IndexOf("\nPRINT", StringComparison.Ordinal)],
                "> DELETE TOP (1000) FROM dbo.Log WHERE CreatedAt < '2020-01-01'",
                "> IF @@ROWCOUNT = 0 BREAK",
                "> > BREAK",
                "PRINT 'done'",
            ],
            Outline(sql));
        Assert.Equal(BlockKind.While, Assert.IsType<BlockStatement>(Parse(sql).Statements[0]).BlockKind);
    }

    [Fact]
    public void TRY_and_CATCH_blocks_form_one_statement()
    {
        const string sql = """
            BEGIN TRY
                BEGIN TRANSACTION
                UPDATE dbo.t SET a = 1 WHERE b = 2
                COMMIT TRANSACTION
            END TRY
            BEGIN CATCH
                IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
                THROW;
            END CATCH
            """;
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        var tryCatch = Assert.IsType<BlockStatement>(script.Statements[0]);
        Assert.Equal(BlockKind.TryCatch, tryCatch.BlockKind);
        Assert.Equal("BEGIN TRY", tryCatch.Keywords);
        Assert.Equal(sql, script.Text(tryCatch.Span));
        Assert.Equal([StatementKind.Begin, StatementKind.Update, StatementKind.Commit], tryCatch.Body.Select(statement => statement.Kind));
        Assert.Equal(["IF", "THROW"], tryCatch.Alternative.Select(statement => statement.Keywords));
        Assert.Equal(7, script.Statements.Count);
    }

    [Fact]
    public void Routine_bodies_run_to_the_batch_end_and_their_statements_are_not_listed()
    {
        const string sql = """
            CREATE PROCEDURE dbo.Archive @before date
            AS
            BEGIN
                SET NOCOUNT ON;
                IF @before IS NULL RETURN;
                DELETE FROM dbo.Log WHERE CreatedAt < @before
                SELECT CASE WHEN @@ROWCOUNT > 0 THEN 'x' END
            END
            GO
            SELECT 2
            """;

        Assert.Equal([sql[..sql.IndexOf("\nGO", StringComparison.Ordinal)], "SELECT 2"], Outline(sql));
    }

    [Theory]
    [InlineData("CREATE VIEW dbo.v AS SELECT a FROM t SELECT b FROM u")]
    [InlineData("CREATE OR ALTER FUNCTION dbo.f (@a int) RETURNS int AS BEGIN RETURN @a END")]
    [InlineData("CREATE FUNCTION dbo.f () RETURNS TABLE AS RETURN (SELECT 1 AS a)")]
    [InlineData("ALTER TRIGGER dbo.trg ON dbo.t AFTER INSERT, UPDATE AS IF UPDATE(a) UPDATE dbo.t SET b = 1")]
    [InlineData("ALTER PROC dbo.p AS SELECT 1; SELECT 2; END_LABEL: RETURN")]
    public void A_routine_definition_is_one_statement(string sql) =>
        Assert.Equal([sql], Outline(sql));

    [Fact]
    public void Dynamic_SQL_in_one_literal_is_parsed_with_source_spans()
    {
        const string sql = "IF 1 = 1 EXEC(N'CREATE INDEX ix ON dbo.t (a)') EXEC sp_executesql N'ALTER TABLE dbo.t ADD b int NULL', N'@p int', @p = 1";
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        Assert.Equal(
            [
                "IF 1 = 1 EXEC(N'CREATE INDEX ix ON dbo.t (a)')",
                "> EXEC(N'CREATE INDEX ix ON dbo.t (a)')",
                "> > CREATE INDEX ix ON dbo.t (a)",
                "EXEC sp_executesql N'ALTER TABLE dbo.t ADD b int NULL', N'@p int', @p = 1",
                "> ALTER TABLE dbo.t ADD b int NULL",
            ],
            Outline(script));
        Assert.Equal(BlockKind.DynamicSql, Assert.IsType<BlockStatement>(script.Statements[1]).BlockKind);
        Assert.IsType<CreateIndexStatement>(script.Statements[2]);
    }

    [Theory]
    [InlineData("EXEC('ALTER TABLE t ADD c varchar(10) DEFAULT ''x''')")]
    [InlineData("EXEC('ALTER TABLE t DROP CONSTRAINT ' + @name)")]
    [InlineData("EXEC sp_executesql @sql")]
    public void Dynamic_SQL_that_is_not_one_plain_literal_stays_an_EXEC(string sql) =>
        Assert.Equal("EXEC", Single<OtherStatement>(sql).Keywords);

    [Theory]
    [InlineData("SELECT 1\nGO\nSELECT 2\nGO\n", "SELECT 1", "SELECT 2")]
    [InlineData("GO\nGO\nSELECT 1\nGO\nGO", "SELECT 1")]
    [InlineData("SELECT 1\ngo 5 -- five times\nSELECT 2", "SELECT 1", "SELECT 2")]
    [InlineData("SELECT 'a\nGO\nb'\nGO", "SELECT 'a\nGO\nb'")]
    [InlineData("/*\nGO\n*/ SELECT 1", "SELECT 1")]
    [InlineData("SELECT 1\nGO\n:setvar Env dev\nUSE [$(Env)]\nGO", "SELECT 1", "USE [$(Env)]")]
    [InlineData("SELECT 1\nGOTO done\ndone: SELECT 2", "SELECT 1", "GOTO done", "done:", "SELECT 2")]
    [InlineData("SELECT 1 AS go_live", "SELECT 1 AS go_live")]
    public void GO_lines_end_batches_end_to_end(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Fact]
    public void Blocks_never_span_batches()
    {
        var script = Parse("BEGIN\nSELECT 1\nGO\nSELECT 2\nEND");

        Assert.Equal(["BEGIN\nSELECT 1", "> SELECT 1", "SELECT 2"], Outline(script));
        Assert.Equal(["BEGIN has no matching END.", "END has no matching BEGIN."], script.Errors.Select(error => error.Message));
    }

    [Fact]
    public void Statements_nest_ten_thousand_blocks_deep_without_recursion()
    {
        const int depth = 10_000;
        var sql = string.Concat(Enumerable.Repeat("IF 1 = 1 BEGIN ", depth)) + "SELECT 1" + string.Concat(Enumerable.Repeat(" END", depth));
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        Assert.Equal(depth + 1, script.Statements.Count);
        Assert.Equal(sql, script.Text(script.Statements[0].Span));
        Assert.IsType<SelectStatement>(script.Statements[^1]);
    }
}
