using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RenamingTableTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|RENAME TO people|];")]
    [InlineData("alter table if exists app.\"Users\" [|rename to people|]")]
    [InlineData("ALTER VIEW active_users [|RENAME TO current_users|];")]
    [InlineData("ALTER MATERIALIZED VIEW daily_totals [|RENAME TO day_totals|];")]
    [InlineData("CREATE TABLE people (id int);\nALTER TABLE users [|RENAME TO customers|];")]
    public void Reports_table_and_view_renames(string sql) => RuleAssert.Reports<RenamingTable>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RenamingTable>("ALTER TABLE people [|RENAME TO users|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("ALTER INDEX idx_users_email RENAME TO users_email_idx;")]
    [InlineData("ALTER TABLE users RENAME COLUMN email TO mail;")]
    [InlineData("ALTER TABLE users RENAME CONSTRAINT a TO b;")]
    [InlineData("CREATE TABLE users_new (id int);\nALTER TABLE users_new RENAME TO users_v2;")]
    [InlineData("CREATE TABLE app.staging (id int);\nALTER TABLE APP.Staging RENAME TO final;")]
    public void Silent_for_indexes_other_renames_and_new_tables(string sql) => RuleAssert.Silent<RenamingTable>(sql);

    [Fact]
    public void Message_names_old_and_new_name() =>
        Assert.Equal(
            ["Renaming 'public.users' to 'people' breaks application versions that still use the old name."],
            RuleAssert.Messages<RenamingTable>("ALTER TABLE public.users RENAME TO People;"));

    [Theory]
    [InlineData("EXEC sp_rename [|'dbo.Users', 'Customers'|];")]
    [InlineData("exec sp_rename [|N'[dbo].[Users]', N'Customers'|]\nGO")]
    public void Reports_tsql_sp_rename_of_a_table(string sql) => RuleAssert.ReportsTSql<RenamingTable>(sql);

    [Fact]
    public void Silent_tsql_for_column_renames() =>
        RuleAssert.SilentTSql<RenamingTable>("EXEC sp_rename 'dbo.Users.Email', 'Mail', 'COLUMN';");
}
