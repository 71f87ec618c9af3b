using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgNameTests
{
    [Theory]
    [InlineData("Users", "Users", false, "users")]
    [InlineData("users", "users", false, "users")]
    [InlineData("\"Users\"", "Users", true, "Users")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"", true, "say \"hi\"")]
    [InlineData("ÄBC", "ÄBC", false, "Äbc")]
    [InlineData("U&\"d\\0061t\"", "d\\0061t", true, "d\\0061t")]
    public void Folds_identifiers_like_postgres(string written, string text, bool isQuoted, string normalized)
    {
        var sql = MarkedSql.Parse($"DROP TABLE [|{written}|]");
        var name = Assert.Single(PgTestParsing.Single<DropStatement>(sql.Text).Names).Name;

        Assert.Equal(text, name.Text);
        Assert.Equal(isQuoted, name.IsQuoted);
        Assert.Equal(normalized, name.Normalized);
        Assert.Equal(sql.Span, name.Span);
    }

    [Theory]
    [InlineData("public.t", "t", true)]
    [InlineData("t", "public.t", true)]
    [InlineData("Users", "users", true)]
    [InlineData("\"Users\"", "users", false)]
    [InlineData("\"users\"", "USERS", true)]
    [InlineData("app.t", "t", false)]
    [InlineData("app.t", "APP.T", true)]
    [InlineData("t", "u", false)]
    public void Qualified_names_match_with_public_as_the_default_schema(string left, string right, bool matches)
    {
        var names = PgTestParsing.Single<DropStatement>($"DROP TABLE {left}, {right}").Names;
        Assert.Equal(matches, names[0].Matches(names[1]));
        Assert.Equal(matches, names[1].Matches(names[0]));
    }

    [Fact]
    public void Qualified_names_can_match_another_default_schema()
    {
        var names = PgTestParsing.Single<DropStatement>("DROP TABLE app.t, t").Names;
        Assert.True(names[0].Matches(names[1], defaultSchema: "app"));
        Assert.False(names[0].Matches(names[1]));
    }

    [Fact]
    public void Qualified_name_parts()
    {
        var name = Assert.Single(PgTestParsing.Single<DropStatement>("DROP TABLE db.\"App\".t").Names);
        Assert.Equal(3, name.Parts.Count);
        Assert.Equal("App", name.Schema!.Normalized);
        Assert.Equal("t", name.Name.Normalized);
        Assert.Equal("db.App.t", name.ToString());
        Assert.Throws<ArgumentException>(() => new QualifiedName([], default(TextSpan)));
    }

    [Fact]
    public void Keywords_are_names_after_a_dot()
    {
        var name = Assert.Single(PgTestParsing.Single<DropStatement>("DROP TABLE s.table").Names);
        Assert.Equal("s.table", name.ToString());
    }
}
