using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class PreferTextTests
{
    [Theory]
    [InlineData("CREATE TABLE users (email [|varchar(255)|] NOT NULL);")]
    [InlineData("CREATE TABLE users (a [|character varying(20)|], b [|VARCHAR (10)|], c [|char varying(5)|]);")]
    [InlineData("CREATE TABLE t (tags [|varchar(50)[]|]);")]
    [InlineData("ALTER TABLE users ADD COLUMN nickname [|varchar(40)|];")]
    [InlineData("ALTER TABLE users ADD COLUMN a text, ALTER COLUMN email TYPE [|varchar(320)|];")]
    [InlineData("ALTER TABLE \"Users\" ALTER COLUMN code SET DATA TYPE [|pg_catalog.varchar(3)|];")]
    public void Reports_varchar_with_a_limit(string sql) => RuleAssert.Reports<PreferText>(sql);

    [Theory]
    [InlineData("CREATE TABLE users (email text NOT NULL CHECK (char_length(email) <= 320));")]
    [InlineData("CREATE TABLE users (email varchar, name character varying);")]
    [InlineData("CREATE TABLE t (code char(3), flag character(1));")]
    [InlineData("ALTER TABLE users ALTER COLUMN email TYPE text;")]
    [InlineData("CREATE TABLE t (a app.varchar(10));")]
    public void Silent_for_text_and_unlimited_varchar(string sql) => RuleAssert.Silent<PreferText>(sql);

    [Fact]
    public void Silent_in_down_scripts_which_restore_the_old_type() =>
        RuleAssert.Silent<PreferText>("ALTER TABLE users ALTER COLUMN email TYPE varchar(255);", direction: MigrationDirection.Down);

    [Fact]
    public void Message_shows_the_type_and_the_help_keeps_the_limit()
    {
        const string Sql = "CREATE TABLE users (email character varying(255));";
        Assert.Equal(
            ["Column 'email' of 'users' is character varying(255); changing that limit later takes ALTER COLUMN … TYPE."],
            RuleAssert.Messages<PreferText>(Sql));
        Assert.Equal(["Use text, with CHECK (char_length(email) <= 255) if the limit matters."], RuleAssert.Helps<PreferText>(Sql));
    }
}
