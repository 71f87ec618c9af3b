using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

public sealed class MigrationVersionTests
{
    [Theory]
    [InlineData("1.1", "1.2")]
    [InlineData("1.2", "1.10")]
    [InlineData("2", "10")]
    [InlineData("1", "1.0.1")]
    [InlineData("1.9.9", "2")]
    [InlineData("20240101120000", "20240101120001")]
    [InlineData("999999999999", "1700000000000")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567891")]
    [InlineData("2024-01-01-120000", "2024-01-02-000000")]
    public void Orders_parts_numerically(string lower, string higher)
    {
        var low = MigrationVersion.Parse(lower);
        var high = MigrationVersion.Parse(higher);

        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo(low) > 0);
        Assert.True(low < high);
        Assert.True(high > low);
        Assert.NotEqual(low, high);
    }

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("1.0.0", "1")]
    [InlineData("1_1", "1.1")]
    [InlineData("001", "1")]
    [InlineData("1.01", "1.1")]
    [InlineData("0", "0.0")]
    public void Equal_versions_ignore_leading_zeros_trailing_zero_parts_and_separators(string left, string right)
    {
        var a = MigrationVersion.Parse(left);
        var b = MigrationVersion.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void One_point_one_is_not_one_point_ten()
    {
        Assert.NotEqual(MigrationVersion.Parse("1.1"), MigrationVersion.Parse("1.10"));
    }

    [Fact]
    public void ToString_keeps_the_text_as_written()
    {
        Assert.Equal("1_01.0", MigrationVersion.Parse("1_01.0").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("1a")]
    [InlineData(".1")]
    [InlineData("1.")]
    [InlineData("1..2")]
    [InlineData("1 2")]
    [InlineData("١٢")]
    public void Rejects_text_that_is_not_digit_groups(string text)
    {
        Assert.False(MigrationVersion.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MigrationVersion.Parse(text));
    }

    [Fact]
    public void Sorts_a_mixed_list()
    {
        var versions = new[] { "10", "1.10", "2", "1.2", "1.1", "1" }.Select(MigrationVersion.Parse);

        var sorted = versions.Order().Select(version => version.ToString());

        Assert.Equal(["1", "1.1", "1.2", "1.10", "2", "10"], sorted);
    }
}
