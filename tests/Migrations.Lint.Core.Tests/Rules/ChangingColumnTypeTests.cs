using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class ChangingColumnTypeTests
{
    [Theory]
    [InlineData("ALTER TABLE users [|ALTER COLUMN id TYPE bigint|];")]
    [InlineData("ALTER TABLE users [|ALTER COLUMN name SET DATA TYPE text|];")]
    [InlineData("alter table only app.\"Users\" [|alter \"Name\" type varchar(100)|]")]
    [InlineData("ALTER TABLE users ALTER COLUMN a SET NOT NULL, [|ALTER COLUMN b TYPE int|], [|ALTER COLUMN c TYPE int|];")]
    public void Reports_type_change_when_the_previous_type_is_unknown(string sql) => RuleAssert.Reports<ChangingColumnType>(sql);

    [Theory]
    [InlineData("ALTER TABLE users ADD COLUMN code varchar(20);\nALTER TABLE users [|ALTER COLUMN code TYPE text USING trim(code)|];")]
    [InlineData("ALTER TABLE users [|ALTER COLUMN created TYPE timestamptz USING created AT TIME ZONE 'UTC'|];")]
    public void Reports_every_change_with_using(string sql) => RuleAssert.Reports<ChangingColumnType>(sql);

    [Theory]
    [InlineData("integer", "bigint")]
    [InlineData("int4", "int8")]
    [InlineData("varchar(20)", "varchar(10)")]
    [InlineData("character varying(20)", "varchar(19)")]
    [InlineData("text", "varchar(50)")]
    [InlineData("varchar", "varchar(50)")]
    [InlineData("numeric(10, 2)", "numeric(12, 3)")]
    [InlineData("numeric(10, 2)", "numeric(9, 2)")]
    [InlineData("numeric", "numeric(10, 2)")]
    [InlineData("numeric(10)", "numeric(12, 2)")]
    [InlineData("char(10)", "char(20)")]
    [InlineData("char(10)", "text")]
    [InlineData("timestamp", "timestamptz")]
    [InlineData("timestamp(6)", "timestamp(3)")]
    [InlineData("inet", "cidr")]
    [InlineData("varchar(10)[]", "varchar(20)[]")]
    [InlineData("text[]", "text")]
    [InlineData("uuid", "text")]
    [InlineData("app.email", "text")]
    public void Reports_changes_that_rewrite_when_the_previous_type_is_known(string from, string to)
    {
        RuleAssert.ReportsAfter<ChangingColumnType>(
            [$"CREATE TABLE users (id int, c {from});"],
            $"ALTER TABLE users [|ALTER COLUMN c TYPE {to}|];");
        RuleAssert.Reports<ChangingColumnType>(
            $"ALTER TABLE users ADD COLUMN c {from};\nALTER TABLE users [|ALTER COLUMN c TYPE {to}|];");
    }

    [Theory]
    [InlineData("varchar(10)", "varchar(20)")]
    [InlineData("varchar(10)", "varchar(10)")]
    [InlineData("character varying(10)", "varchar(255)")]
    [InlineData("varchar(10)", "varchar")]
    [InlineData("varchar(10)", "text")]
    [InlineData("VARCHAR", "TEXT")]
    [InlineData("text", "varchar")]
    [InlineData("text", "character varying")]
    [InlineData("numeric(10, 2)", "numeric(12, 2)")]
    [InlineData("decimal(10,2)", "numeric(10, 2)")]
    [InlineData("numeric(10)", "numeric(12, 0)")]
    [InlineData("numeric(10, 2)", "numeric")]
    [InlineData("timestamp(3)", "timestamp(6)")]
    [InlineData("timestamp(0) with time zone", "timestamptz")]
    [InlineData("cidr", "inet")]
    [InlineData("integer", "int4")]
    [InlineData("bigint", "int8")]
    [InlineData("double precision", "float8")]
    [InlineData("float", "double precision")]
    [InlineData("int[]", "integer[]")]
    public void Silent_for_catalog_only_changes(string from, string to)
    {
        RuleAssert.SilentAfter<ChangingColumnType>(
            [$"CREATE TABLE users (id int, c {from} NOT NULL);"],
            $"ALTER TABLE users ALTER COLUMN c TYPE {to};");
        RuleAssert.Silent<ChangingColumnType>(
            $"ALTER TABLE users ADD COLUMN c {from};\nALTER TABLE users ALTER COLUMN c TYPE {to};");
    }

    [Fact]
    public void Silent_when_the_previous_type_comes_from_an_earlier_type_change() =>
        RuleAssert.SilentAfter<ChangingColumnType>(
            [
                "CREATE TABLE users (id int, code int);",
                "ALTER TABLE users ALTER COLUMN code TYPE varchar(10) USING code::text;",
            ],
            "ALTER TABLE users ALTER COLUMN code TYPE varchar(40);");

    [Fact]
    public void Silent_when_the_column_was_renamed_since_it_was_declared() =>
        RuleAssert.SilentAfter<ChangingColumnType>(
            ["CREATE TABLE users (id int, code varchar(10));", "ALTER TABLE users RENAME COLUMN code TO sku;"],
            "ALTER TABLE users ALTER COLUMN sku TYPE varchar(40);");

    [Fact]
    public void Reports_when_the_column_was_dropped_and_is_unknown_again() =>
        RuleAssert.ReportsAfter<ChangingColumnType>(
            ["CREATE TABLE users (id int, code varchar(10));", "ALTER TABLE users DROP COLUMN code;"],
            "ALTER TABLE users [|ALTER COLUMN code TYPE text|];");

    [Fact]
    public void Reports_when_the_declaration_is_on_another_table() =>
        RuleAssert.ReportsAfter<ChangingColumnType>(
            ["CREATE TABLE accounts (code varchar(10));"],
            "ALTER TABLE users [|ALTER COLUMN code TYPE text|];");

    [Fact]
    public void Reports_a_collation_change_even_when_the_type_change_is_catalog_only() =>
        RuleAssert.ReportsAfter<ChangingColumnType>(
            ["CREATE TABLE users (name varchar(10));"],
            "ALTER TABLE users [|ALTER COLUMN name TYPE text COLLATE \"C\"|];");

    [Theory]
    [InlineData("CREATE TABLE users (id int);\nALTER TABLE users ALTER COLUMN id TYPE bigint;")]
    [InlineData("CREATE TABLE app.Users (id int);\nALTER TABLE APP.users ALTER COLUMN id TYPE bigint USING id::bigint;")]
    [InlineData("ALTER TABLE users ALTER COLUMN id SET DEFAULT 0;")]
    public void Silent_for_new_tables_and_other_actions(string sql) => RuleAssert.Silent<ChangingColumnType>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<ChangingColumnType>("ALTER TABLE users [|ALTER COLUMN id TYPE integer|];", direction: MigrationDirection.Down);

    [Fact]
    public void Messages_say_how_sure_the_rule_is()
    {
        Assert.Equal(
            ["Changing column 'id' of 'users' to bigint usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock."],
            RuleAssert.Messages<ChangingColumnType>("ALTER TABLE users ALTER COLUMN id TYPE bigint;"));
        Assert.Equal(
            ["Changing column 'price' of 'users' from numeric(10, 2) to numeric(10, 4) rewrites the table and its indexes under an ACCESS EXCLUSIVE lock."],
            RuleAssert.Messages<ChangingColumnType>("ALTER TABLE users ADD price numeric(10,2);\nALTER TABLE users ALTER price TYPE numeric(10, 4);"));
        Assert.Equal(
            ["Changing column 'id' of 'users' to text with USING rewrites the table and its indexes under an ACCESS EXCLUSIVE lock."],
            RuleAssert.Messages<ChangingColumnType>("ALTER TABLE users ALTER COLUMN id TYPE text USING id::text;"));
    }

    [Fact]
    public void Reports_tsql_change_of_a_column_whose_type_is_unknown() =>
        RuleAssert.ReportsTSql<ChangingColumnType>("ALTER TABLE dbo.Users [|ALTER COLUMN Age bigint|];");

    [Fact]
    public void Silent_tsql_for_table_created_in_the_migration() =>
        RuleAssert.SilentTSql<ChangingColumnType>("CREATE TABLE dbo.Users (Name varchar(50));\nGO\nALTER TABLE Users ALTER COLUMN Name nvarchar(50);");

    [Theory]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100);", "ALTER TABLE dbo.Users [|ALTER COLUMN Name varchar(max)|];")]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100);", "ALTER TABLE dbo.Users [|ALTER COLUMN Name nvarchar(100)|];")]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100);", "ALTER TABLE dbo.Users [|ALTER COLUMN Name varchar(50)|];")]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100) NULL;", "ALTER TABLE dbo.Users [|ALTER COLUMN Name varchar(100) NOT NULL|];")]
    public void Reports_tsql_change_after_an_earlier_migration(string earlier, string sql) =>
        RuleAssert.ReportsAfter<ChangingColumnType>([earlier], sql, dialect: Dialect.SqlServer);

    [Theory]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100);", "ALTER TABLE dbo.Users ALTER COLUMN Name varchar(200);")]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name nvarchar(100) NOT NULL;", "ALTER TABLE [dbo].[Users] ALTER COLUMN Name nvarchar(4000) NOT NULL;")]
    [InlineData("ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100) NOT NULL;", "ALTER TABLE dbo.Users ALTER COLUMN Name varchar(100) NULL;")]
    public void Silent_tsql_for_metadata_only_changes(string earlier, string sql) =>
        RuleAssert.SilentAfter<ChangingColumnType>([earlier], sql, dialect: Dialect.SqlServer);
}
