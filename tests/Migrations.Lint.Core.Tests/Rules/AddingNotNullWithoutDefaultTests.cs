using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class AddingNotNullWithoutDefaultTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|ADD COLUMN tenant_id bigint NOT NULL|];")]
    [InlineData("ALTER TABLE users [|ADD tenant_id bigint NOT NULL REFERENCES tenants (id)|];")]
    [InlineData("ALTER TABLE users ADD COLUMN a int, [|ADD COLUMN b int NOT NULL|], ADD COLUMN c int NOT NULL DEFAULT 0;")]
    [InlineData("ALTER TABLE IF EXISTS ONLY app.users [|ADD COLUMN IF NOT EXISTS x text NOT NULL|];")]
    public void Reports_not_null_column_without_default(string sql) => RuleAssert.Reports<AddingNotNullWithoutDefault>(sql);

    [Theory]
    [InlineData("ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0;")]
    [InlineData("ALTER TABLE users ADD COLUMN tenant_id bigint;")]
    [InlineData("ALTER TABLE users ADD COLUMN id bigint NOT NULL GENERATED ALWAYS AS IDENTITY;")]
    [InlineData("ALTER TABLE users ADD COLUMN total numeric NOT NULL GENERATED ALWAYS AS (price * qty) STORED;")]
    [InlineData("CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;")]
    public void Silent_with_default_generated_or_new_table(string sql) => RuleAssert.Silent<AddingNotNullWithoutDefault>(sql);

    [Theory]
    [InlineData("ALTER TABLE dbo.Users [|ADD Email nvarchar(200) NOT NULL|];")]
    [InlineData("ALTER TABLE Users ADD Nickname nvarchar(50) NULL, [|Age int NOT NULL|]\nGO")]
    public void Reports_tsql_not_null_column_without_default(string sql) => RuleAssert.ReportsTSql<AddingNotNullWithoutDefault>(sql);

    [Theory]
    [InlineData("ALTER TABLE dbo.Users ADD Email nvarchar(200) NOT NULL CONSTRAINT DF_Users_Email DEFAULT N'';")]
    [InlineData("ALTER TABLE dbo.Users ADD Email nvarchar(200) NULL;")]
    [InlineData("ALTER TABLE dbo.Users ADD Active bit NOT NULL DEFAULT 1 WITH VALUES;")]
    [InlineData("ALTER TABLE dbo.Users ADD Active bit NULL DEFAULT 1 WITH VALUES;")]
    [InlineData("ALTER TABLE dbo.Users ADD Id2 int IDENTITY(1, 1) NOT NULL;")]
    [InlineData("CREATE TABLE dbo.Users (Id int);\nALTER TABLE [dbo].[Users] ADD Age int NOT NULL;")]
    public void Silent_tsql_with_default_nullable_or_new_table(string sql) => RuleAssert.SilentTSql<AddingNotNullWithoutDefault>(sql);

    [Fact]
    public void Tsql_help_speaks_sql_server() =>
        Assert.Contains(
            "ALTER COLUMN … NOT NULL",
            RuleAssert.Helps<AddingNotNullWithoutDefault>("ALTER TABLE dbo.Users ADD Age int NOT NULL;", dialect: Dialect.SqlServer).Single(),
            StringComparison.Ordinal);
}
