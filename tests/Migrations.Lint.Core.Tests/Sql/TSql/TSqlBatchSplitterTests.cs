using System.Text;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlBatchSplitterTests
{
    /// <summary>Renders each batch as "text" plus " xN" for its repeat count and " | separator" for its GO.</summary>
    private static string[] Split(string text) =>
        [.. TSqlBatchSplitter.Split(text).Select(batch => Describe(text, batch))];

    private static string Describe(string text, TSqlBatch batch)
    {
        var separator = batch.SeparatorSpan is { } span ? " | " + text.Substring(span.Start, span.Length) : "";
        return $"{text.Substring(batch.Span.Start, batch.Span.Length)} x{batch.RepeatCount}{separator}";
    }

    [Theory]
    [InlineData("select 1\nGO\nselect 2\nGO\n", "select 1 x1 | GO", "select 2 x1 | GO")]
    [InlineData("select 1;", "select 1; x1")]
    [InlineData("select 1\nGO\nselect 2", "select 1 x1 | GO", "select 2 x1")]
    [InlineData("select 1\nGO", "select 1 x1 | GO")]
    [InlineData("select 1\ngo\nselect 2\nGo\n", "select 1 x1 | go", "select 2 x1 | Go")]
    [InlineData("insert t default values\nGO 5\n", "insert t default values x5 | GO 5")]
    [InlineData("insert t default values\nGO\t12  \n", "insert t default values x12 | GO\t12")]
    [InlineData("exec p\nGO 0\n", "exec p x0 | GO 0")]
    [InlineData("select 1\n   \tGO  \nselect 2", "select 1 x1 | GO", "select 2 x1")]
    [InlineData("select 1 GO", "select 1 GO x1")]
    public void Go_lines_end_batches(string input, params string[] expected) => Assert.Equal(expected, Split(input));

    [Theory]
    [InlineData("select 1\nGO -- end of one\nselect 2", "select 1 x1 | GO", "select 2 x1")]
    [InlineData("select 1\nGO 3 -- thrice\nselect 2", "select 1 x3 | GO 3", "select 2 x1")]
    [InlineData("select 1\nGO--x\n-- header of two\nselect 2", "select 1 x1 | GO", "-- header of two\nselect 2 x1")]
    public void A_comment_after_go_belongs_to_the_separator_line(string input, params string[] expected) =>
        Assert.Equal(expected, Split(input));

    [Theory]
    [InlineData("select 'a\nGO\nb'\nGO\nselect 2", "select 'a\nGO\nb' x1 | GO", "select 2 x1")]
    [InlineData("select N'\nGO\n'\nGO", "select N'\nGO\n' x1 | GO")]
    [InlineData("/*\nGO\n*/ select 1\nGO", "/*\nGO\n*/ select 1 x1 | GO")]
    [InlineData("/* /* */\nGO\n*/ select 1", "/* /* */\nGO\n*/ select 1 x1")]
    [InlineData("create table [a\nGO\nb] (x int)\nGO\n", "create table [a\nGO\nb] (x int) x1 | GO")]
    [InlineData("select \"a\nGO\nb\"\nGO", "select \"a\nGO\nb\" x1 | GO")]
    [InlineData("select 1 -- GO\nGO", "select 1 -- GO x1 | GO")]
    public void Go_inside_strings_identifiers_and_comments_does_not_split(string input, params string[] expected) =>
        Assert.Equal(expected, Split(input));

    [Theory]
    [InlineData("select 1\nGO;\nselect 2", "select 1\nGO;\nselect 2 x1")]
    [InlineData("select 1\nGO 5x\nselect 2", "select 1\nGO 5x\nselect 2 x1")]
    [InlineData("select 1\nGO -1\nselect 2", "select 1\nGO -1\nselect 2 x1")]
    [InlineData("select 1\nGO /* c */\nselect 2", "select 1\nGO /* c */\nselect 2 x1")]
    [InlineData("select 1\n/* c */ GO\nselect 2", "select 1\n/* c */ GO\nselect 2 x1")]
    [InlineData("GOTO done\ndone:\nselect 1", "GOTO done\ndone:\nselect 1 x1")]
    [InlineData("go_live\nGO", "go_live x1 | GO")]
    public void Go_that_is_not_alone_on_its_line_does_not_split(string input, params string[] expected) =>
        Assert.Equal(expected, Split(input));

    [Theory]
    [InlineData("select 1\nGO\nGO\n\nGO 3\nselect 2", "select 1 x1 | GO", "select 2 x1")]
    [InlineData("GO\nselect 1", "select 1 x1")]
    [InlineData("GO\nGO 2\n")]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Stretches_without_tokens_yield_no_batch(string input, params string[] expected) =>
        Assert.Equal(expected, Split(input));

    [Theory]
    [InlineData("-- just a note\nGO\nselect 1", "-- just a note x1 | GO", "select 1 x1")]
    [InlineData(":setvar Db \"x\"\nGO\nUSE [$(Db)]", ":setvar Db \"x\" x1 | GO", "USE [$(Db)] x1")]
    [InlineData(":on error exit\nselect $(v)\nGO", ":on error exit\nselect $(v) x1 | GO")]
    public void Comments_and_sqlcmd_commands_are_batch_content(string input, params string[] expected) =>
        Assert.Equal(expected, Split(input));

    [Fact]
    public void Spans_are_exact_with_crlf_and_a_byte_order_mark()
    {
        const string Text = "\uFEFFselect 1;\r\nGO 2\r\n\r\n  select 2 -- two\r\ngo\r\n";

        var batches = TSqlBatchSplitter.Split(Text);

        Assert.Equal(
            [
                new TSqlBatch(TextSpan.FromBounds(1, 10), 2, TextSpan.FromBounds(12, 16)),
                new TSqlBatch(TextSpan.FromBounds(22, 37), 1, TextSpan.FromBounds(39, 41)),
            ],
            batches);
    }

    [Fact]
    public void Classic_mac_line_breaks_separate_lines_too()
    {
        Assert.Equal(["select 1 x1 | GO", "select 2 x1"], Split("select 1\rGO\rselect 2"));
    }

    [Fact]
    public void An_unterminated_string_swallows_later_go_lines()
    {
        const string Text = "select 'abc\nGO\nselect 2\nGO\n";

        var batches = TSqlBatchSplitter.Split(Text);

        Assert.Equal([new TSqlBatch(TextSpan.FromBounds(0, Text.Length), 1, null)], batches);
    }

    [Fact]
    public void Lexing_each_batch_gives_the_script_tokens_minus_separator_lines()
    {
        const string Text =
            ":setvar Db \"x\"\r\nGO\r\n" +
            "create table [t\r\nGO\r\n] (c int) /* GO\r\nGO */\r\n" +
            "GO 2 -- twice\r\n" +
            "select N'GO', @@ROWCOUNT, $12.5\r\nGO\r\n" +
            "GO\r\n" +
            "exec p 'x\r\nGO\r\n'";
        var scriptTokens = TSqlLexer.Tokenize(Text);

        var batchTokens = TSqlBatchSplitter.Split(Text).SelectMany(batch => TSqlLexer.Tokenize(Text, batch.Span)).ToArray();

        var separatorLines = new[] { "BatchSeparator:GO", "BatchSeparator:GO 2", "LineComment:-- twice", "BatchSeparator:GO", "BatchSeparator:GO" };
        Assert.Equal(separatorLines, TSqlRendering.Render(Text, [.. scriptTokens.Where(token => !batchTokens.Contains(token))]));
        Assert.Equal(scriptTokens.Length - separatorLines.Length, batchTokens.Length);
    }

    [Fact]
    public void Ten_megabytes_of_batches_split_in_one_pass()
    {
        const string Batch = "create procedure p as select 1 -- GO\r\nGO 2\r\n\r\nGO\r\n";
        var builder = new StringBuilder(10 * 1024 * 1024 + Batch.Length);
        var count = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(Batch);
            count++;
        }

        var batches = TSqlBatchSplitter.Split(builder.ToString());

        Assert.Equal(count, batches.Length);
        Assert.All(batches, batch => Assert.Equal(2, batch.RepeatCount));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_scripts_split_into_ordered_disjoint_batches_around_their_separators(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var text = TSqlFuzzText.Next(random);

            var batches = TSqlBatchSplitter.Split(text);

            var previousEnd = 0;
            foreach (var batch in batches)
            {
                Assert.True(batch.Span.Length > 0, $"empty batch {batch}");
                Assert.True(batch.Span.Start >= previousEnd, $"batch {batch} overlaps the previous one");
                Assert.True(batch.RepeatCount >= 0);
                previousEnd = batch.Span.End;
                if (batch.SeparatorSpan is { } separator)
                {
                    Assert.True(separator.Start >= batch.Span.End, $"separator of {batch} precedes its end");
                    Assert.StartsWith("GO", text.Substring(separator.Start, separator.Length), StringComparison.OrdinalIgnoreCase);
                    previousEnd = separator.End;
                }
            }

            Assert.True(previousEnd <= text.Length);
        }
    }
}
