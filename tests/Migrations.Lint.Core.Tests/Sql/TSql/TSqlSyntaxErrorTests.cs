using Migrations.Lint.Sql;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>Errors only where SQL Server would certainly reject the script, each at the span marked.</summary>
public sealed class TSqlSyntaxErrorTests
{
    [Theory]
    [InlineData("SELECT [|'abc|]", "Unterminated string literal.")]
    [InlineData("SELECT [|N'abc\nGO\n|]", "Unterminated string literal.")]
    [InlineData("SELECT * FROM [|[dbo|]", "Unterminated bracketed identifier.")]
    [InlineData("SELECT [|\"a|]", "Unterminated quoted identifier.")]
    [InlineData("SELECT 1 [|/* a /* b */|]", "Unterminated block comment.")]
    [InlineData("SELECT [|(|]1 + 2", "Unclosed parenthesis.")]
    [InlineData("SELECT 1 + 2[|)|]", "Unmatched closing parenthesis.")]
    [InlineData("SELECT [|?|]", "Unexpected character.")]
    [InlineData("SELECT 1;\n[|'orphan'|]", "Expected a statement.")]
    [InlineData("[|BEGIN|] SELECT 1", "BEGIN has no matching END.")]
    [InlineData("SELECT 1 [|END|]", "END has no matching BEGIN.")]
    [InlineData("[|BEGIN TRY|] SELECT 1", "BEGIN TRY has no matching END TRY.")]
    [InlineData("BEGIN TRY SELECT 1 [|END TRY|] SELECT 2", "END TRY must be followed by BEGIN CATCH.")]
    [InlineData("[|BEGIN CATCH|] SELECT 1 END CATCH", "BEGIN CATCH must follow the END TRY of a TRY block.")]
    [InlineData("SELECT 1 [|ELSE|] SELECT 2", "ELSE has no matching IF.")]
    [InlineData("BEGIN IF 1 = 1 [|END|]", "Expected a statement after the IF condition.")]
    [InlineData("BEGIN IF 1 = 1 SELECT 1 ELSE [|END|]", "Expected a statement after ELSE.")]
    [InlineData("[|WHILE|] BEGIN BREAK END", "Expected a condition after WHILE.")]
    [InlineData("SELECT [|CASE|] WHEN 1 = 1 THEN 2", "CASE has no matching END.")]
    [InlineData("SELECT ([|CASE|] WHEN 1 = 1 THEN 2)", "CASE has no matching END.")]
    [InlineData("MERGE t USING s ON t.id = s.id WHEN MATCHED THEN [|DELETE|]\nSELECT 1", "A MERGE statement must end with a semicolon.")]
    [InlineData("SELECT 1\n[|CREATE|] VIEW v AS SELECT 1", "CREATE or ALTER of a procedure, function, trigger or view must be the first statement in its batch (end the batch before it with GO).")]
    [InlineData("SELECT 1\n[|WITH|] x AS (SELECT 2 a) SELECT a FROM x", "The statement before a WITH common table expression must end with a semicolon.")]
    [InlineData("SELECT 1;\n[|GO|];", "GO ends a batch only alone on its line, optionally with a repeat count and a -- comment.")]
    [InlineData("CREATE INDEX [|ON|] t (a)", "Expected an index name.")]
    [InlineData("CREATE INDEX ix [|t|] (a)", "Expected ON and a table name.")]
    [InlineData("CREATE INDEX ix ON [|t|]", "Expected a parenthesized column list.")]
    [InlineData("ALTER INDEX ix [|REBUILD|]", "Expected ON and a table name.")]
    [InlineData("TRUNCATE [|dbo|].t", "Expected TABLE.")]
    [InlineData("ALTER TABLE t [|ADD|]", "Expected a column or constraint definition.")]
    [InlineData("ALTER TABLE t ADD [|c|]", "Expected a data type.")]
    [InlineData("ALTER TABLE t ADD CONSTRAINT df DEFAULT 0 [|FOR|]", "Expected FOR and the column the default is for.")]
    [InlineData("ALTER TABLE t ALTER COLUMN [|c|]", "Expected a data type.")]
    [InlineData("ALTER TABLE t DROP COLUMN [|COLUMN|]", "Expected a column name.")]
    [InlineData("UPDATE t [|WHERE|]", "Expected SET.")]
    [InlineData("SET [|NOCOUNT|]", "Expected a value.")]
    [InlineData("CREATE PROCEDURE dbo.[|p|]", "Expected AS and the procedure body.")]
    public void Certain_errors_are_reported_at_their_span(string markedSql, string message)
    {
        var marked = MarkedSql.Parse(markedSql);
        var error = Assert.Single(Parse(marked.Text).Errors);

        Assert.Equal((marked.Spans[0], message), (error.Span, error.Message));
    }

    [Theory]
    [InlineData("CREATE TABLE t (a int,)")]
    [InlineData("SELECT 1 AS [End], [Else] FROM [Begin]")]
    [InlineData("SELECT $action, $identity FROM t")]
    [InlineData("SELECT 1 GO")]
    [InlineData("EXEC dbo.p\n:r .\\include.sql\nGO")]
    [InlineData("SELECT N'it''s', 0x0A, $12.50, 1e3, .5")]
    [InlineData("SELECT {fn NOW()}")]
    [InlineData("IF 1 = 1 BEGIN SELECT 1; END; ELSE BEGIN SELECT 2; END;")]
    [InlineData("BEGIN DIALOG CONVERSATION @h FROM SERVICE [a] TO SERVICE 'b' ON CONTRACT [c]; END CONVERSATION @h;")]
    [InlineData("SELECT a FROM t FOR XML PATH(''), TYPE")]
    [InlineData("SELECT 1; WITH x AS (SELECT 2 a) SELECT a FROM x")]
    [InlineData("BEGIN SELECT 1; END\nGO\nWITH x AS (SELECT 2 a) SELECT a FROM x")]
    [InlineData("DECLARE @t TABLE (id int PRIMARY KEY, v nvarchar(max)); INSERT @t VALUES (1, N'x');")]
    [InlineData("ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY CLUSTERED (a ASC) WITH (ONLINE = ON) ON [PRIMARY]")]
    public void Valid_T_SQL_parses_without_errors(string sql) => Assert.Empty(Parse(sql).Errors);

    [Fact]
    public void Errors_come_in_source_order_and_parsing_goes_on()
    {
        var script = Parse("SELECT (1\nGO\nSELECT 'x\nGO");

        Assert.Equal(["Unclosed parenthesis.", "Unterminated string literal."], script.Errors.Select(error => error.Message));
        Assert.Equal(2, script.Statements.Count);
        Assert.Equal(Dialect.SqlServer, script.Dialect);
    }
}
