using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BanDropNotNullTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|ALTER COLUMN email DROP NOT NULL|];")]
    [InlineData("ALTER TABLE users [|ALTER email DROP NOT NULL|];")]
    [InlineData("alter table only app.\"Users\" [|alter column \"Email\" drop not null|]")]
    [InlineData("ALTER TABLE users ALTER COLUMN a SET DEFAULT 0, [|ALTER COLUMN b DROP NOT NULL|], ALTER COLUMN c SET NOT NULL;")]
    public void Reports_drop_not_null(string sql) => RuleAssert.Reports<BanDropNotNull>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<BanDropNotNull>("ALTER TABLE users [|ALTER COLUMN email DROP NOT NULL|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("ALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("ALTER TABLE users ALTER COLUMN email DROP DEFAULT;")]
    [InlineData("ALTER TABLE users DROP CONSTRAINT users_email_not_null;")]
    [InlineData("CREATE TABLE users (email text NOT NULL);\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;")]
    public void Silent_for_other_changes_and_new_tables(string sql) => RuleAssert.Silent<BanDropNotNull>(sql);

    [Fact]
    public void Message_names_the_column_and_table() =>
        Assert.Equal(
            ["Dropping NOT NULL on column 'email' of 'users' lets NULLs reach code that assumes the column is always set."],
            RuleAssert.Messages<BanDropNotNull>("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"));
}
