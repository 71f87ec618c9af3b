using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BanDropColumnTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|DROP COLUMN email|];")]
    [InlineData("ALTER TABLE users [|DROP email|];")]
    [InlineData("alter table if exists only app.users [|drop column if exists \"Email\" cascade|]")]
    [InlineData("ALTER TABLE users ADD COLUMN a int, [|DROP COLUMN b|], [|DROP COLUMN c RESTRICT|];")]
    [InlineData("CREATE TABLE accounts (id int, b int);\nALTER TABLE users [|DROP COLUMN b|];")]
    [InlineData("ALTER TABLE users [|DROP COLUMN b|];\nCREATE TABLE users_v2 (id int);")]
    public void Reports_dropped_column(string sql) => RuleAssert.Reports<BanDropColumn>(sql);

    [Fact]
    public void Reports_message_naming_column_and_table() =>
        Assert.Equal(
            ["Dropping column 'Email' from 'app.users' deletes its data permanently."],
            RuleAssert.Messages<BanDropColumn>("ALTER TABLE App.Users DROP COLUMN \"Email\";", LintSettings.Default));

    [Theory]
    [InlineData("ALTER TABLE users ADD COLUMN email text;")]
    [InlineData("ALTER TABLE users DROP CONSTRAINT users_email_key;")]
    [InlineData("ALTER TABLE users ALTER COLUMN email DROP NOT NULL, ALTER COLUMN email DROP DEFAULT;")]
    [InlineData("ALTER FOREIGN TABLE remote_users DROP COLUMN email;")]
    [InlineData("CREATE TABLE users (id int, email text);\nALTER TABLE users DROP COLUMN email;")]
    [InlineData("CREATE TABLE public.users (id int, email text);\nALTER TABLE \"users\" DROP COLUMN email;")]
    public void Silent_for_other_actions_foreign_and_new_tables(string sql) => RuleAssert.Silent<BanDropColumn>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<BanDropColumn>("ALTER TABLE users DROP COLUMN email;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("ALTER TABLE dbo.Users [|DROP COLUMN Email|];")]
    [InlineData("ALTER TABLE [dbo].[Users] [|DROP COLUMN IF EXISTS [Email]|], [|Age|];")]
    public void Reports_tsql_drop_column(string sql) => RuleAssert.ReportsTSql<BanDropColumn>(sql);

    [Theory]
    [InlineData("ALTER TABLE dbo.Users DROP CONSTRAINT DF_Users_Email;")]
    [InlineData("CREATE TABLE dbo.Users (Id int, Email nvarchar(10));\nALTER TABLE Users DROP COLUMN Email;")]
    public void Silent_tsql_for_constraints_and_new_tables(string sql) => RuleAssert.SilentTSql<BanDropColumn>(sql);
}
