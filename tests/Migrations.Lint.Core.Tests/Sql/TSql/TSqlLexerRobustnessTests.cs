using System.Text;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlLexerRobustnessTests
{
    [Theory]
    [InlineData("'abc", "String:'abc!")]
    [InlineData("'it''", "String:'it''!")]
    [InlineData("'", "String:'!")]
    [InlineData("N'x", "UnicodeString:N'x!")]
    [InlineData("\"abc", "QuotedIdentifier:\"abc!")]
    [InlineData("\"a\"\"", "QuotedIdentifier:\"a\"\"!")]
    [InlineData("[abc", "BracketedIdentifier:[abc!")]
    [InlineData("[a]]", "BracketedIdentifier:[a]]!")]
    [InlineData("/* a", "BlockComment:/* a!")]
    [InlineData("/* a /* b */", "BlockComment:/* a /* b */!")]
    [InlineData("/*/", "BlockComment:/*/!")]
    [InlineData("select 'abc\nGO\nselect 1", "Identifier:select", "String:'abc\nGO\nselect 1!")]
    public void Unterminated_tokens_run_to_the_end_and_are_flagged(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Fact]
    public void Tokens_carry_exact_absolute_offsets()
    {
        var tokens = TSqlLexer.Tokenize("ALTER TABLE [t]\r\n  ADD c int; -- x\r\nGO 2");

        Assert.Equal(
            [
                new TSqlToken(TSqlTokenKind.Identifier, 0, 5),
                new TSqlToken(TSqlTokenKind.Identifier, 6, 5),
                new TSqlToken(TSqlTokenKind.BracketedIdentifier, 12, 3),
                new TSqlToken(TSqlTokenKind.Identifier, 19, 3),
                new TSqlToken(TSqlTokenKind.Identifier, 23, 1),
                new TSqlToken(TSqlTokenKind.Identifier, 25, 3),
                new TSqlToken(TSqlTokenKind.Semicolon, 28, 1),
                new TSqlToken(TSqlTokenKind.LineComment, 30, 4),
                new TSqlToken(TSqlTokenKind.BatchSeparator, 36, 4),
            ],
            tokens);
    }

    [Fact]
    public void Crlf_input_keeps_line_breaks_out_of_tokens()
    {
        Assert.Equal(
            ["Identifier:select", "Integer:1", "Semicolon:;", "LineComment:-- c", "SqlCmdCommand::setvar a 1", "BatchSeparator:GO", "Identifier:x"],
            TSqlRendering.Lex("select\r\n1;\r\n-- c\r\n:setvar a 1\r\nGO\r\nx\r\n"));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        Assert.Equal([new TSqlToken(TSqlTokenKind.Identifier, 1, 6)], TSqlLexer.Tokenize("\uFEFFselect"));
        Assert.Empty(TSqlLexer.Tokenize("\uFEFF"));
    }

    [Fact]
    public void A_byte_order_mark_elsewhere_is_an_identifier_character_like_any_non_ascii()
    {
        Assert.Equal(["Identifier:a\uFEFF"], TSqlRendering.Lex("a\uFEFF"));
        Assert.Equal(["Identifier:a", "Identifier:\uFEFF"], TSqlRendering.Lex("a \uFEFF"));
    }

    [Fact]
    public void A_range_yields_only_its_tokens_with_offsets_into_the_whole_text()
    {
        const string Text = "select 1; select N'two'; select 3;";
        var range = TextSpan.FromBounds(10, 24);

        var tokens = TSqlLexer.Tokenize(Text, range);

        Assert.Equal(["Identifier:select", "UnicodeString:N'two'", "Semicolon:;"], TSqlRendering.Render(Text, tokens));
        Assert.Equal(10, tokens[0].Start);
    }

    [Fact]
    public void A_range_cuts_tokens_that_cross_its_end()
    {
        const string Text = "select [abcdef]";

        var tokens = TSqlLexer.Tokenize(Text, TextSpan.FromBounds(7, 10));

        Assert.Equal([new TSqlToken(TSqlTokenKind.BracketedIdentifier, 7, 3, TSqlTokenFlags.Unterminated)], tokens);
    }

    [Fact]
    public void A_range_outside_the_text_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TSqlLexer.Tokenize("abc", new TextSpan(2, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TSqlLexer.Tokenize("abc", new TextSpan(-1, 2)));
    }

    [Fact]
    public void The_scanner_streams_the_same_tokens_as_tokenize()
    {
        const string Text = "create index ix on dbo.t (c) with (online = on); -- done\nGO";
        var streamed = new List<TSqlToken>();
        var scanner = new TSqlScanner(Text);

        while (scanner.TryNext(out var token))
        {
            streamed.Add(token);
        }

        Assert.False(scanner.TryNext(out _));
        Assert.Equal(TSqlLexer.Tokenize(Text), streamed);
        Assert.Equal(19, streamed.Count);
    }

    [Fact]
    public void Ten_thousand_nested_comments_lex_as_one_token()
    {
        var text = string.Concat(Enumerable.Repeat("/*", 10_000)) + string.Concat(Enumerable.Repeat("*/", 10_000)) + " x";

        Assert.Equal(
            [new TSqlToken(TSqlTokenKind.BlockComment, 0, 40_000), new TSqlToken(TSqlTokenKind.Identifier, 40_001, 1)],
            TSqlLexer.Tokenize(text));
    }

    [Fact]
    public void Ten_megabytes_of_t_sql_lex_in_one_pass()
    {
        const string Batch =
            "ALTER TABLE [dbo].[Orders] ADD [Total] money NOT NULL CONSTRAINT DF_Total DEFAULT $0.00; -- money\r\n" +
            "UPDATE o SET o.Total += @delta * 1.5e0 FROM dbo.Orders o WHERE o.Id <> 0x0F AND N'x''y' = \"c\"; /* c */\r\n" +
            "GO\r\n";
        var builder = new StringBuilder(10 * 1024 * 1024 + Batch.Length);
        var batches = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(Batch);
            batches++;
        }

        var text = builder.ToString();

        var tokens = TSqlLexer.Tokenize(text);

        var perBatch = TSqlLexer.Tokenize(Batch).Length;
        Assert.Equal(perBatch * batches, tokens.Length);
        Assert.Equal(text.Length - 2, tokens[^1].End);
    }

    [Fact]
    public void Pathological_repetition_lexes_in_linear_time()
    {
        // Each of these is quadratic if a token rescans what it leaves for the tokens after it.
        Assert.Single(TSqlLexer.Tokenize(new string('a', 1_000_000)));
        Assert.Single(TSqlLexer.Tokenize("'" + new string('\'', 1_000_000)));
        Assert.Single(TSqlLexer.Tokenize("[" + new string(']', 1_000_000)));
        Assert.Equal(1_000_000, TSqlLexer.Tokenize(new string('$', 1_000_000)).Length);
        Assert.Equal(1_000_000, TSqlLexer.Tokenize(string.Concat(Enumerable.Repeat("$(", 500_000))).Length);
        Assert.Equal(600_001, TSqlLexer.Tokenize("x" + string.Concat(Enumerable.Repeat("$(a", 300_000))).Length);
        Assert.Equal(500_000, TSqlLexer.Tokenize(string.Concat(Enumerable.Repeat("$ ", 500_000))).Length);
        Assert.Equal(600_000, TSqlLexer.Tokenize(string.Concat(Enumerable.Repeat("GO x\n", 300_000))).Length);
        Assert.Equal(300_000, TSqlLexer.Tokenize(string.Concat(Enumerable.Repeat("GO\n", 300_000))).Length);
        Assert.Equal(600_000, TSqlLexer.Tokenize(string.Concat(Enumerable.Repeat(" :", 600_000))).Length);
        Assert.Equal(500_000, TSqlLexer.Tokenize(new string('<', 1_000_000)).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_input_never_throws_and_tokens_are_ordered_disjoint_and_in_range(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var text = TSqlFuzzText.Next(random);
            var start = random.Next(0, text.Length + 1);
            var range = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));

            AssertWellFormed(TSqlLexer.Tokenize(text), new TextSpan(0, text.Length));
            AssertWellFormed(TSqlLexer.Tokenize(text, range), range);
        }
    }

    private static void AssertWellFormed(TSqlToken[] tokens, TextSpan range)
    {
        var previousEnd = range.Start;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token {token}");
            Assert.True(token.Start >= previousEnd, $"token {token} overlaps or precedes the previous one");
            Assert.True(token.End <= range.End, $"token {token} leaves the range {range}");
            previousEnd = token.End;
        }
    }
}
