using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Text;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("ab\ncd", 0, 1, 1)]
    [InlineData("ab\ncd", 1, 1, 2)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    [InlineData("ab\r\ncd", 3, 1, 4)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 2, 1, 3)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("a\r\rb", 2, 2, 1)]
    [InlineData("a\r\rb", 3, 3, 1)]
    [InlineData("a\n\r\nb", 2, 2, 1)]
    [InlineData("a\n\r\nb", 4, 3, 1)]
    [InlineData("a\n", 2, 2, 1)]
    public void Offsets_map_to_one_based_lines_and_columns(string text, int offset, int line, int column) =>
        Assert.Equal(new LinePosition(line, column), LineIndex.Create(text).GetPosition(offset));

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb\r\n", 3)]
    [InlineData("a\rb\nc\r\nd", 4)]
    [InlineData("\n\n\n", 4)]
    public void Every_kind_of_line_break_starts_a_line(string text, int lineCount) =>
        Assert.Equal(lineCount, LineIndex.Create(text).LineCount);

    [Fact]
    public void Empty_text_has_one_line_at_offset_zero()
    {
        var index = LineIndex.Create("");

        Assert.Equal(new LinePosition(1, 1), index.GetPosition(0));
        Assert.Equal(0, index.GetLineStart(1));
    }

    [Fact]
    public void The_first_character_after_a_byte_order_mark_is_column_one()
    {
        var index = LineIndex.Create("\uFEFFab\ncd");

        Assert.Equal(new LinePosition(1, 1), index.GetPosition(0));
        Assert.Equal(new LinePosition(1, 1), index.GetPosition(1));
        Assert.Equal(new LinePosition(1, 2), index.GetPosition(2));
        Assert.Equal(new LinePosition(2, 1), index.GetPosition(4));
        Assert.Equal(1, index.GetLineStart(1));
        Assert.Equal(4, index.GetLineStart(2));
    }

    [Fact]
    public void A_byte_order_mark_only_counts_at_the_very_start()
    {
        var index = LineIndex.Create("a\n\uFEFFb");

        Assert.Equal(new LinePosition(1, 1), index.GetPosition(0));
        Assert.Equal(new LinePosition(2, 2), index.GetPosition(3));
        Assert.Equal(2, index.GetLineStart(2));
    }

    [Theory]
    [InlineData("ab", 2, 1, 3)]
    [InlineData("ab", 3, 1, 3)]
    [InlineData("ab", int.MaxValue, 1, 3)]
    [InlineData("a\nb", 10, 2, 2)]
    [InlineData("a\n", 10, 2, 1)]
    [InlineData("", 5, 1, 1)]
    public void Offsets_at_or_past_the_end_clamp_to_the_end(string text, int offset, int line, int column) =>
        Assert.Equal(new LinePosition(line, column), LineIndex.Create(text).GetPosition(offset));

    [Fact]
    public void Line_starts_follow_every_kind_of_line_break()
    {
        var index = LineIndex.Create("a\r\nbb\rccc\nd");

        Assert.Equal(0, index.GetLineStart(1));
        Assert.Equal(3, index.GetLineStart(2));
        Assert.Equal(6, index.GetLineStart(3));
        Assert.Equal(10, index.GetLineStart(4));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        var index = LineIndex.Create("a\nb");

        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetLineStart(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetLineStart(3));
    }

    [Fact]
    public void Positions_round_trip_through_line_starts()
    {
        const string Text = "select 1;\r\n\r\n  alter table t\radd c int;\n";
        var index = LineIndex.Create(Text);

        for (var offset = 0; offset <= Text.Length; offset++)
        {
            var position = index.GetPosition(offset);
            Assert.Equal(offset, index.GetLineStart(position.Line) + position.Column - 1);
        }
    }
}
