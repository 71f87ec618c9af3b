using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

/// <summary>Each input is certainly malformed; the marked span is where the error must point.</summary>
public sealed class PgSyntaxErrorTests
{
    [Theory]
    [InlineData("SELECT [|'abc|]", "Unterminated string")]
    [InlineData("SELECT [|E'abc\\'|]", "Unterminated string")]
    [InlineData("SELECT [|\"abc|]", "Unterminated quoted identifier")]
    [InlineData("DO [|$$ BEGIN PERFORM 1; END;|]", "Unterminated dollar")]
    [InlineData("SELECT 1; [|/* open /* nested */ still open|]", "Unterminated block comment")]
    [InlineData("UPDATE t SET a = 1 WHERE b = 2 [|LIMIT 10|];", "LIMIT")]
    [InlineData("DELETE FROM t WHERE a > 1 [|LIMIT 5|] RETURNING *;", "LIMIT")]
    [InlineData("WITH x AS (SELECT 1 LIMIT 1) UPDATE t SET a = 1 [|LIMIT 1|]", "LIMIT")]
    [InlineData("CREATE INDEX [|ON|];", "table name")]
    [InlineData("CREATE INDEX i ON [|t|];", "column list")]
    [InlineData("ALTER [|TABLE|];", "name")]
    [InlineData("ALTER TABLE [|t|];", "action")]
    [InlineData("ALTER TABLE t ADD [|COLUMN|];", "column definition")]
    [InlineData("ALTER TABLE t DROP [|CONSTRAINT|], ADD COLUMN b int;", "constraint name")]
    [InlineData("ALTER TABLE t ALTER COLUMN a [|TYPE|];", "data type")]
    [InlineData("ALTER TABLE t RENAME a [|TO|];", "new name")]
    [InlineData("DROP [|TABLE|];", "name")]
    [InlineData("DROP TABLE IF [|EXISTS|];", "name")]
    [InlineData("[|DROP|];", "object type")]
    [InlineData("CREATE [|TABLE|];", "table name")]
    [InlineData("CREATE TABLE [|t|];", "column list")]
    [InlineData("TRUNCATE [|TABLE|];", "table name")]
    [InlineData("SET [|lock_timeout|];", "TO or =")]
    [InlineData("SET lock_timeout [|TO|];", "value")]
    [InlineData("REINDEX [|INDEX|];", "name")]
    [InlineData("SAVEPOINT;", "savepoint name")]
    [InlineData("ALTER TYPE mood ADD [|VALUE|];", "new value")]
    [InlineData("[|DELETE|];", "FROM")]
    [InlineData("CREATE FUNCTION f() RETURNS int LANGUAGE sql [|BEGIN|] ATOMIC SELECT 1; SELECT 2;", "not closed by END")]
    [InlineData("ALTER TABLE t ADD COLUMN note text[|,|];", "action")]
    [InlineData("ALTER TABLE t ADD COLUMN a int, [|,|] ADD COLUMN b int;", "action")]
    [InlineData("CREATE INDEX CONCURRENTLY orders_idx [|orders|] (customer_id);", "ON")]
    [InlineData("SELECT 1; [|SELEC|] 2;", "Unknown statement")]
    [InlineData("[|'a string'|];", "statement")]
    [InlineData("SELECT [|123abc|];", "Trailing junk")]
    [InlineData("CREATE [|UNIQUE|] TABLE t (id int);", "UNIQUE")]
    [InlineData("CREATE TABLE [|\"\"|] (id int);", "Zero-length")]
    [InlineData("SELECT [|U&\"\"|];", "Zero-length")]
    public void Reports_malformed_input_at_the_marked_span(string marked, string message)
    {
        var sql = MarkedSql.Parse(marked);
        var script = PgTestParsing.Parse(sql.Text);
        var error = Assert.Single(script.Errors);
        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
        if (sql.Spans.Count > 0)
        {
            Assert.Equal(sql.Span, error.Span);
        }
    }

    [Fact]
    public void An_unclosed_parenthesis_is_reported_and_later_statements_still_split()
    {
        var sql = MarkedSql.Parse("""
            CREATE TABLE t [|(|]a int;
            CREATE TABLE u (b int);
            CREATE INDEX i ON u (b);
            """);
        var script = PgTestParsing.Parse(sql.Text);

        var error = Assert.Single(script.Errors);
        Assert.Equal(sql.Span, error.Span);
        Assert.Contains("Unclosed parenthesis", error.Message, StringComparison.Ordinal);
        Assert.Equal([StatementKind.CreateTable, StatementKind.CreateTable, StatementKind.CreateIndex], script.Statements.Select(statement => statement.Kind));
        Assert.Equal("u", Assert.IsType<CreateTableStatement>(script.Statements[1]).Name.Name.Normalized);
    }

    [Fact]
    public void A_stray_closing_parenthesis_is_reported_and_later_statements_still_split()
    {
        var sql = MarkedSql.Parse("SELECT 1[|)|];\nSELECT (2);\nSELECT 3;");
        var script = PgTestParsing.Parse(sql.Text);

        var error = Assert.Single(script.Errors);
        Assert.Equal(sql.Span, error.Span);
        Assert.Equal(3, script.Statements.Count);
    }

    [Fact]
    public void An_unclosed_routine_body_is_cut_at_its_first_semicolon()
    {
        var sql = MarkedSql.Parse("[|CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1|]; [|SELECT 2|]; [|CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 3|];");
        var script = PgTestParsing.Parse(sql.Text);

        Assert.Single(script.Errors);
        Assert.Equal(sql.Spans, script.Statements.Select(statement => statement.Span));
    }

    [Fact]
    public void A_statement_that_fails_deep_parsing_keeps_its_kind_and_span()
    {
        var sql = MarkedSql.Parse("[|ALTER TABLE|];\n[|CREATE INDEX ON|];");
        var script = PgTestParsing.Parse(sql.Text);

        Assert.Equal(2, script.Errors.Count);
        Assert.Equal(sql.Spans, script.Statements.Select(statement => statement.Span));
        Assert.All(script.Statements, statement => Assert.IsType<UnparsedStatement>(statement));
        Assert.Equal([StatementKind.AlterTable, StatementKind.CreateIndex], script.Statements.Select(statement => statement.Kind));
    }

    [Fact]
    public void Errors_are_ordered_by_position()
    {
        var script = PgTestParsing.Parse("UPDATE t SET a = 1 LIMIT 1; SELECT 'open");
        Assert.Equal(2, script.Errors.Count);
        Assert.True(script.Errors[0].Span.Start < script.Errors[1].Span.Start);
    }
}
