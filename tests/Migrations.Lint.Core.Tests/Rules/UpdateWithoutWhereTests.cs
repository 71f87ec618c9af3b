using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class UpdateWithoutWhereTests
{
    [Theory]
    [InlineData("[|UPDATE users SET active = false|];")]
    [InlineData("[|update only public.\"Users\" set \"Active\" = false returning id|]")]
    [InlineData("[|UPDATE users u SET plan = p.name FROM plans p|];")]
    [InlineData("[|WITH stale AS (SELECT id FROM sessions WHERE expired) UPDATE users SET active = false|];")]
    [InlineData("UPDATE users SET a = 1 WHERE id = 1;\n[|UPDATE users SET b = (SELECT max(x) FROM t WHERE t.id = 2)|];")]
    [InlineData("CREATE TABLE users_copy (id int);\n[|UPDATE users SET active = false|];")]
    public void Reports_update_of_every_row(string sql) => RuleAssert.Reports<UpdateWithoutWhere>(sql);

    [Fact]
    public void Reports_a_message_naming_the_table() =>
        Assert.Equal(
            ["UPDATE of 'public.users' without WHERE changes every row of the table."],
            RuleAssert.Messages<UpdateWithoutWhere>("UPDATE public.users SET active = false;", LintSettings.Default));

    [Theory]
    [InlineData("UPDATE users SET active = false WHERE last_seen < now() - interval '1 year';")]
    [InlineData("UPDATE users SET plan = p.name FROM plans p WHERE p.id = users.plan_id;")]
    [InlineData("WITH stale AS (SELECT id FROM sessions) UPDATE users SET active = false WHERE id IN (SELECT id FROM stale);")]
    [InlineData("UPDATE users SET active = false WHERE true;")]
    [InlineData("CREATE TABLE flags (name text, enabled bool);\nINSERT INTO flags VALUES ('a', false);\nUPDATE flags SET enabled = true;")]
    [InlineData("DO $$ BEGIN UPDATE users SET active = false; END $$;")]
    public void Silent_with_where_or_on_new_table(string sql) => RuleAssert.Silent<UpdateWithoutWhere>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<UpdateWithoutWhere>("UPDATE users SET nickname = NULL;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("[|UPDATE dbo.Users SET Active = 1|];")]
    [InlineData("[|UPDATE TOP (1000) [dbo].[Users] SET Active = 1|]\nGO")]
    public void Reports_tsql_update_without_where(string sql) => RuleAssert.ReportsTSql<UpdateWithoutWhere>(sql);

    [Theory]
    [InlineData("UPDATE dbo.Users SET Active = 1 WHERE Id = 1;")]
    [InlineData("CREATE TABLE dbo.Flags (On bit);\nUPDATE Flags SET [On] = 1;")]
    public void Silent_tsql_with_where_or_new_table(string sql) => RuleAssert.SilentTSql<UpdateWithoutWhere>(sql);
}
