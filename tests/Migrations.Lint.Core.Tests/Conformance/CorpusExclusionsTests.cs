namespace Migrations.Lint.Core.Tests.Conformance;

public sealed class CorpusExclusionsTests
{
    [Fact]
    public void Reads_path_and_reason_and_skips_comments()
    {
        var exclusions = CorpusExclusions.Parse(
        [
            "# header",
            "",
            "migrations/dba/psql_vars.sql   # uses :'schema' psql variables",
        ]);

        Assert.Equal("uses :'schema' psql variables", Assert.Single(exclusions).Value);
        Assert.True(exclusions.ContainsKey("migrations/dba/psql_vars.sql"));
    }

    [Theory]
    [InlineData("lexical/a.sql")]
    [InlineData("lexical/a.sql  #  ")]
    public void An_entry_without_a_reason_is_refused(string line) =>
        Assert.Throws<FormatException>(() => CorpusExclusions.Parse([line]));

    [Fact]
    public void A_duplicate_entry_is_refused() =>
        Assert.Throws<FormatException>(() => CorpusExclusions.Parse(["a.sql # one", "a.sql # two"]));
}
