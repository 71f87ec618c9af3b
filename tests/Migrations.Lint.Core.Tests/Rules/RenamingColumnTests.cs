using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RenamingColumnTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|RENAME COLUMN email TO email_address|];")]
    [InlineData("ALTER TABLE users [|RENAME email TO email_address|];")]
    [InlineData("alter table if exists only app.\"Users\" [|rename column \"E-mail\" to email|]")]
    [InlineData("ALTER VIEW active_users [|RENAME COLUMN email TO mail|];")]
    [InlineData("ALTER TABLE users [|RENAME COLUMN a TO b|];\nALTER TABLE users [|RENAME COLUMN b TO c|];")]
    public void Reports_column_renames(string sql) => RuleAssert.Reports<RenamingColumn>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RenamingColumn>("ALTER TABLE users [|RENAME COLUMN email_address TO email|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("ALTER TABLE users RENAME TO people;")]
    [InlineData("ALTER TABLE users RENAME CONSTRAINT users_pkey TO people_pkey;")]
    [InlineData("ALTER TABLE users ADD COLUMN email_address text;")]
    [InlineData("CREATE TABLE users (id int, email text);\nALTER TABLE users RENAME COLUMN email TO email_address;")]
    [InlineData("CREATE TABLE Users (id int, email text);\nALTER TABLE public.\"users\" RENAME email TO email_address;")]
    public void Silent_for_other_renames_and_new_tables(string sql) => RuleAssert.Silent<RenamingColumn>(sql);

    [Fact]
    public void Message_names_both_columns_and_the_table() =>
        Assert.Equal(
            ["Renaming column 'email' of 'app.users' to 'Mail' breaks application versions that still use the old name."],
            RuleAssert.Messages<RenamingColumn>("ALTER TABLE app.users RENAME COLUMN Email TO \"Mail\";"));

    [Theory]
    [InlineData("EXEC sp_rename [|'dbo.Users.Email', 'EmailAddress', 'COLUMN'|];")]
    [InlineData("EXEC sp_rename [|N'[dbo].[Users].[Email]', N'EmailAddress', N'COLUMN'|]\nGO")]
    public void Reports_tsql_sp_rename_of_a_column(string sql) => RuleAssert.ReportsTSql<RenamingColumn>(sql);

    [Theory]
    [InlineData("EXEC sp_rename 'dbo.Users', 'Customers';")]
    [InlineData("CREATE TABLE dbo.Users (Email nvarchar(10));\nEXEC sp_rename 'dbo.Users.Email', 'Mail', 'COLUMN';")]
    public void Silent_tsql_for_tables_and_new_tables(string sql) => RuleAssert.SilentTSql<RenamingColumn>(sql);
}
