using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RequireConcurrentReindexTests
{
    [Theory]
    [InlineData("[|REINDEX INDEX idx_users_email|];")]
    [InlineData("[|reindex table public.\"Users\"|]")]
    [InlineData("[|REINDEX (VERBOSE) TABLE users|];")]
    [InlineData("[|REINDEX SCHEMA app|];")]
    [InlineData("[|REINDEX DATABASE shop|];")]
    [InlineData("[|REINDEX DATABASE|];")]
    [InlineData("CREATE TABLE Users (id int);\n[|REINDEX TABLE \"Users\"|];")]
    public void Reports_reindex_without_concurrently(string sql) => RuleAssert.Reports<RequireConcurrentReindex>(sql);

    [Fact]
    public void Reports_before_postgres_12_too() =>
        RuleAssert.Reports<RequireConcurrentReindex>("[|REINDEX INDEX i|];", new LintSettings(PgVersion: 10));

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RequireConcurrentReindex>("[|REINDEX TABLE t|];", direction: MigrationDirection.Down);

    [Fact]
    public void Reports_message_naming_the_target() =>
        Assert.Equal(
            ["REINDEX SCHEMA 'app' without CONCURRENTLY blocks writes to every table in the schema, and nearly every query on them, until the rebuild ends."],
            RuleAssert.Messages<RequireConcurrentReindex>("REINDEX SCHEMA App;", LintSettings.Default));

    [Fact]
    public void Reports_help_for_the_postgres_version()
    {
        Assert.Equal(
            ["Use REINDEX INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction."],
            RuleAssert.Helps<RequireConcurrentReindex>("REINDEX INDEX i;", new LintSettings(PgVersion: 12)));
        Assert.Equal(
            ["PostgreSQL before 12 has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY, and rename the new one."],
            RuleAssert.Helps<RequireConcurrentReindex>("REINDEX INDEX i;", new LintSettings(PgVersion: 11)));
    }

    [Theory]
    [InlineData("REINDEX INDEX CONCURRENTLY idx_users_email;")]
    [InlineData("REINDEX (CONCURRENTLY) TABLE users;")]
    [InlineData("REINDEX (VERBOSE, CONCURRENTLY) SCHEMA app;")]
    [InlineData("REINDEX SYSTEM;")]
    [InlineData("CREATE TABLE t (a int);\nREINDEX TABLE t;")]
    [InlineData("CREATE TABLE app.t (a int);\nREINDEX TABLE App.T;")]
    public void Silent_when_concurrent_system_or_new_table(string sql) => RuleAssert.Silent<RequireConcurrentReindex>(sql);

    [Theory]
    [InlineData("[|ALTER INDEX IX_Users_Email ON dbo.Users REBUILD|];")]
    [InlineData("[|ALTER INDEX ALL ON [dbo].[Users] REBUILD WITH (FILLFACTOR = 80)|]\nGO")]
    public void Reports_tsql_offline_rebuild(string sql) => RuleAssert.ReportsTSql<RequireConcurrentReindex>(sql);

    [Theory]
    [InlineData("ALTER INDEX IX_Users_Email ON dbo.Users REBUILD WITH (ONLINE = ON);")]
    [InlineData("ALTER INDEX IX_Users_Email ON dbo.Users REORGANIZE;")]
    [InlineData("CREATE TABLE dbo.Users (Id int);\nALTER INDEX ALL ON Users REBUILD;")]
    public void Silent_tsql_online_reorganize_or_new_table(string sql) => RuleAssert.SilentTSql<RequireConcurrentReindex>(sql);

    [Fact]
    public void Tsql_message_names_index_and_table() =>
        Assert.Equal(
            ["Rebuilding index 'IX' of 'dbo.Users' without ONLINE = ON blocks writes to the table (reads too, for a clustered index) until the rebuild ends."],
            RuleAssert.Messages<RequireConcurrentReindex>("ALTER INDEX IX ON dbo.Users REBUILD;", dialect: Dialect.SqlServer));
}
