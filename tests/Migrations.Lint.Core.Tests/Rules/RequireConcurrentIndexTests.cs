using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RequireConcurrentIndexTests
{
    [Theory]
    [InlineData("[|CREATE INDEX idx_users_email ON users (email)|];")]
    [InlineData("[|CREATE UNIQUE INDEX ON public.users USING btree (lower(email)) WHERE deleted_at IS NULL|];")]
    [InlineData("[|create index if not exists i on only t (a)|]")]
    [InlineData("CREATE TABLE \"Users\" (id int);\n[|CREATE INDEX i ON users (id)|];")]
    [InlineData("CREATE INDEX CONCURRENTLY a ON t (x);\n[|CREATE INDEX b ON t (y)|];")]
    public void Reports_index_built_without_concurrently(string sql) => RuleAssert.Reports<RequireConcurrentIndex>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RequireConcurrentIndex>("[|CREATE INDEX i ON t (a)|];", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY idx_users_email ON users (email);")]
    [InlineData("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);")]
    [InlineData("CREATE TABLE users (id bigint, email text);\nCREATE INDEX i ON users (email);")]
    [InlineData("CREATE TABLE public.users (id bigint);\nCREATE INDEX i ON users (id);")]
    [InlineData("CREATE TABLE Users (id bigint);\nCREATE INDEX i ON \"users\" (id);")]
    [InlineData("CREATE TABLE app.t AS SELECT 1 AS a;\nCREATE INDEX i ON app.t (a);")]
    public void Silent_when_concurrent_or_table_is_new(string sql) => RuleAssert.Silent<RequireConcurrentIndex>(sql);

    [Fact]
    public void Silent_for_index_created_before_its_table_exists_in_this_migration_is_not_assumed() =>
        RuleAssert.Reports<RequireConcurrentIndex>("[|CREATE INDEX i ON t (a)|];\nCREATE TABLE t (a int);");

    [Fact]
    public void Message_names_the_table() =>
        Assert.Equal(
            ["Creating an index on 'public.users' without CONCURRENTLY blocks writes to the table until the index is built."],
            RuleAssert.Messages<RequireConcurrentIndex>("CREATE INDEX i ON public.users (a);", LintSettings.Default));

    [Theory]
    [InlineData("[|CREATE INDEX IX_Users_Email ON dbo.Users (Email)|];")]
    [InlineData("[|CREATE UNIQUE NONCLUSTERED INDEX IX_Users_Email ON [dbo].[Users] ([Email]) WITH (FILLFACTOR = 90)|]\nGO")]
    [InlineData("[|CREATE CLUSTERED INDEX CIX ON Users (Id) WITH (ONLINE = OFF)|];")]
    [InlineData("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IX')\nBEGIN\n    [|CREATE INDEX IX ON dbo.Orders (CustomerId)|];\nEND")]
    public void Reports_tsql_index_built_offline(string sql) => RuleAssert.ReportsTSql<RequireConcurrentIndex>(sql);

    [Theory]
    [InlineData("CREATE INDEX IX_Users_Email ON dbo.Users (Email) WITH (ONLINE = ON);")]
    [InlineData("CREATE INDEX IX ON dbo.Users (Email) WITH (ONLINE = ON, RESUMABLE = ON);")]
    [InlineData("CREATE TABLE dbo.Users (Id int);\nGO\nCREATE INDEX IX ON Users (Id);")]
    [InlineData("CREATE TABLE [Users] (Id int);\nCREATE INDEX IX ON [dbo].[users] (Id);")]
    public void Silent_tsql_when_online_or_table_is_new(string sql) => RuleAssert.SilentTSql<RequireConcurrentIndex>(sql);

    [Fact]
    public void Tsql_message_and_help_speak_sql_server()
    {
        const string sql = "CREATE CLUSTERED INDEX CIX ON dbo.Users (Id);";
        Assert.Equal(
            ["Creating an index on 'dbo.Users' without ONLINE = ON blocks reads and writes on the table until the index is built."],
            RuleAssert.Messages<RequireConcurrentIndex>(sql, dialect: Dialect.SqlServer));
        Assert.Contains("RESUMABLE = ON", RuleAssert.Helps<RequireConcurrentIndex>(sql, dialect: Dialect.SqlServer).Single(), StringComparison.Ordinal);
    }
}
