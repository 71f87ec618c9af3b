using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class BanDropDatabaseTests
{
    [Theory]
    [InlineData("[|DROP DATABASE analytics|];")]
    [InlineData("[|drop database if exists \"Analytics\" with (force)|]")]
    [InlineData("[|DROP SCHEMA reporting CASCADE|];")]
    [InlineData("[|DROP SCHEMA IF EXISTS a, b CASCADE|];")]
    [InlineData("DROP SCHEMA staging;\n[|DROP SCHEMA legacy CASCADE|];")]
    public void Reports_dropped_database_or_schema_cascade(string sql) => RuleAssert.Reports<BanDropDatabase>(sql);

    [Fact]
    public void Reports_messages_naming_what_is_dropped() =>
        Assert.Equal(
            [
                "Dropping database 'Analytics' deletes every table and row in it permanently.",
                "Dropping schema 'reporting', 'archive' with CASCADE deletes every table, view and function in them permanently.",
                "Dropping schema 'legacy' with CASCADE deletes every table, view and function in it permanently.",
            ],
            RuleAssert.Messages<BanDropDatabase>(
                "DROP DATABASE \"Analytics\";\nDROP SCHEMA Reporting, archive CASCADE;\nDROP SCHEMA legacy CASCADE;",
                LintSettings.Default));

    [Theory]
    [InlineData("DROP SCHEMA reporting;")]
    [InlineData("DROP SCHEMA IF EXISTS reporting RESTRICT;")]
    [InlineData("DROP TABLE reporting.daily CASCADE;")]
    [InlineData("DROP VIEW reporting.v CASCADE;")]
    [InlineData("CREATE DATABASE analytics;")]
    public void Silent_for_empty_schema_drops_and_other_objects(string sql) => RuleAssert.Silent<BanDropDatabase>(sql);

    [Fact]
    public void Silent_in_down_scripts() =>
        RuleAssert.Silent<BanDropDatabase>("DROP SCHEMA reporting CASCADE;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("[|DROP DATABASE Shop|];")]
    [InlineData("[|DROP DATABASE IF EXISTS [Shop]|]\nGO")]
    public void Reports_tsql_drop_database(string sql) => RuleAssert.ReportsTSql<BanDropDatabase>(sql);

    [Fact]
    public void Silent_tsql_for_drop_schema() => RuleAssert.SilentTSql<BanDropDatabase>("DROP SCHEMA Reporting;");
}
