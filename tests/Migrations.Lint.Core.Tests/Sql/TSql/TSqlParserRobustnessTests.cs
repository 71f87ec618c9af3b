using System.Text;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlParserRobustnessTests
{
    private static readonly string[] Words =
    [
        "BEGIN", "END", "IF", "ELSE", "WHILE", "CASE", "WHEN", "THEN", "TRY", "CATCH", "TRAN", "COMMIT", "ROLLBACK",
        "SELECT", "INSERT", "INTO", "UPDATE", "SET", "DELETE", "FROM", "WHERE", "MERGE", "USING", "ON", "WITH", "AS",
        "CREATE", "ALTER", "DROP", "TABLE", "INDEX", "COLUMN", "ADD", "CONSTRAINT", "DEFAULT", "FOR", "EXEC",
        "sp_rename", "PROCEDURE", "VIEW", "THROW", "GRANT", "UNION", "NOT", "NULL", "EXISTS", "t", "x", "@v", "1",
        "'s'", "N'CREATE INDEX i ON t (a)'", "(", ")", "(", ")", ",", ";", ".", ":", "=", "\nGO\n", "[b]",
    ];

    [Fact]
    public void Random_text_never_throws_and_spans_stay_in_order_inside_the_text()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 3000; i++)
        {
            AssertWellFormed(TSqlFuzzText.Next(random));
        }
    }

    [Fact]
    public void Random_keyword_soup_never_throws_and_spans_stay_in_order_inside_the_text()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 60);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Words[random.Next(Words.Length)]).Append(' ');
            }

            AssertWellFormed(builder.ToString());
        }
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_parse()
    {
        var sql = "SELECT " + new string('(', 10_000) + "1" + new string(')', 10_000) + " SELECT 2";
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        Assert.Equal(2, script.Statements.Count);
    }

    [Fact]
    public void Ten_thousand_unclosed_parentheses_are_reported_and_parsing_goes_on()
    {
        var script = Parse("SELECT " + new string('(', 10_000) + "\nGO\nSELECT 2");

        Assert.Equal(10_000, script.Errors.Count);
        Assert.Equal(2, script.Statements.Count);
    }

    [Theory]
    [InlineData("SELECT ", "CASE WHEN 1 = 1 THEN ", "1", " END")]
    [InlineData("", "BEGIN TRY ", "SELECT 1", " END TRY BEGIN CATCH SELECT 1 END CATCH")]
    [InlineData("", "WHILE 1 = 1 ", "SELECT 1", "")]
    [InlineData("", "IF 1 = 1 SELECT 1 ELSE ", "SELECT 1", "")]
    public void Ten_thousand_nested_constructs_parse_without_recursion(string prefix, string open, string innermost, string close)
    {
        var sql = prefix + string.Concat(Enumerable.Repeat(open, 10_000)) + innermost + string.Concat(Enumerable.Repeat(close, 10_000));
        var script = Parse(sql);

        Assert.Empty(script.Errors);
        Assert.Equal(sql, script.Text(script.Statements[0].Span));
    }

    [Fact]
    public void Ten_thousand_unclosed_blocks_are_each_reported()
    {
        var script = Parse(string.Concat(Enumerable.Repeat("BEGIN SELECT 1 ", 10_000)));

        Assert.Equal(10_000, script.Errors.Count);
        Assert.All(script.Errors, error => Assert.Equal("BEGIN has no matching END.", error.Message));
        Assert.Equal(20_000, script.Statements.Count);
    }

    [Fact]
    public void A_large_script_without_semicolons_splits_into_every_statement()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("UPDATE t SET a = ").Append(i).Append(" WHERE id = ").Append(i).Append('\n');
        }

        var script = Parse(builder.ToString());

        Assert.Empty(script.Errors);
        Assert.Equal(20_000, script.Statements.Count);
        Assert.All(script.Statements, statement => Assert.True(Assert.IsType<UpdateStatement>(statement).HasWhere));
    }

    [Fact]
    public void A_range_parses_only_that_section_with_absolute_spans()
    {
        const string text = "SELECT 1\nGO\n-- section\nCREATE INDEX ix ON t (a)\nGO\nSELECT 3";
        var start = text.IndexOf("-- section", StringComparison.Ordinal);
        var end = text.IndexOf("\nGO\nSELECT 3", StringComparison.Ordinal);
        var script = TSqlParser.Parse(new SourceText(text), TextSpan.FromBounds(start, end));

        var index = Assert.IsType<CreateIndexStatement>(Assert.Single(script.Statements));
        Assert.Equal("CREATE INDEX ix ON t (a)", script.Text(index.Span));
        Assert.Equal([TextSpan.FromBounds(start, start + "-- section".Length)], script.Comments);
    }

    [Fact]
    public void The_dialect_front_end_for_SQL_Server_is_this_parser()
    {
        var source = new SourceText("SELECT 1 SELECT 2");
        var script = SqlParser.Parse(source, new TextSpan(0, source.Length), Dialect.SqlServer);

        Assert.Equal(Dialect.SqlServer, script.Dialect);
        Assert.Equal(2, script.Statements.Count);
    }

    private static void AssertWellFormed(string text)
    {
        var script = TSqlParser.Parse(new SourceText(text));
        var previousStart = -1;
        foreach (var statement in script.Statements)
        {
            Assert.InRange(statement.Span.Start, 0, text.Length);
            Assert.InRange(statement.Span.End, statement.Span.Start, text.Length);
            Assert.True(statement.Span.Contains(statement.KeywordsSpan), text);
            Assert.True(statement.Span.Start >= previousStart, text);
            previousStart = statement.Span.Start;
        }

        var previousError = -1;
        foreach (var error in script.Errors)
        {
            Assert.InRange(error.Span.End, error.Span.Start, text.Length);
            Assert.True(error.Span.Start >= previousError, text);
            previousError = error.Span.Start;
        }
    }
}
