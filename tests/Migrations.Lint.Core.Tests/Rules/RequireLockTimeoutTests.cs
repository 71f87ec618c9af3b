using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RequireLockTimeoutTests
{
    private static readonly LintSettings InTransaction = new(AssumeInTransaction: true);

    [Fact]
    public void Is_off_by_default() => Assert.Equal(Severity.Off, RequireLockTimeout.Rule.DefaultSeverity);

    [Theory]
    [InlineData("[|ALTER TABLE users ADD COLUMN note text|];")]
    [InlineData("[|CREATE INDEX i ON users (email)|];")]
    [InlineData("[|DROP TABLE sessions|];")]
    [InlineData("[|DROP INDEX idx_users_email|];")]
    [InlineData("[|TRUNCATE audit_log|];")]
    [InlineData("[|CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()|];")]
    [InlineData("[|DROP TRIGGER t ON users|];")]
    [InlineData("[|ALTER TYPE mood ADD VALUE 'meh'|];")]
    [InlineData("[|VACUUM FULL users|];")]
    [InlineData("[|CLUSTER users USING users_pkey|];")]
    [InlineData("[|REINDEX TABLE users|];")]
    [InlineData("[|REFRESH MATERIALIZED VIEW daily_totals|];")]
    [InlineData("[|CREATE TABLE orders (id int, user_id int REFERENCES users (id))|];")]
    [InlineData("[|ALTER INDEX idx RENAME TO idx2|];")]
    public void Reports_lock_taking_statements_without_lock_timeout(string sql) => RuleAssert.Reports<RequireLockTimeout>(sql);

    [Theory]
    // Once per script, at the first statement that needs it.
    [InlineData("SELECT 1;\n[|ALTER TABLE a ADD COLUMN x int|];\nALTER TABLE b ADD COLUMN y int;")]
    // A table created in the script takes no lock anyone waits for; the next statement does.
    [InlineData("CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN x int;\n[|CREATE INDEX i ON b (x)|];")]
    // Zero, DEFAULT and RESET all mean waiting forever.
    [InlineData("SET lock_timeout = 0;\n[|ALTER TABLE a ADD COLUMN x int|];")]
    [InlineData("SET lock_timeout TO '0s';\n[|ALTER TABLE a ADD COLUMN x int|];")]
    [InlineData("SET lock_timeout = DEFAULT;\n[|ALTER TABLE a ADD COLUMN x int|];")]
    [InlineData("SET lock_timeout = '5s';\nRESET lock_timeout;\n[|ALTER TABLE a ADD COLUMN x int|];")]
    [InlineData("SET lock_timeout = '5s';\nRESET ALL;\n[|ALTER TABLE a ADD COLUMN x int|];")]
    // Set too late, or for another parameter.
    [InlineData("[|ALTER TABLE a ADD COLUMN x int|];\nSET lock_timeout = '5s';")]
    [InlineData("SET statement_timeout = '5s';\n[|ALTER TABLE a ADD COLUMN x int|];")]
    // SET LOCAL outside a transaction does nothing, and ends with the transaction.
    [InlineData("SET LOCAL lock_timeout = '5s';\n[|ALTER TABLE a ADD COLUMN x int|];")]
    [InlineData("BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE a ADD COLUMN x int;\nCOMMIT;\n[|ALTER TABLE b ADD COLUMN y int|];")]
    public void Reports_when_no_lock_timeout_covers_the_statement(string sql) => RuleAssert.Reports<RequireLockTimeout>(sql);

    [Theory]
    [InlineData("SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN note text;\nCREATE INDEX i ON users (note);")]
    [InlineData("set lock_timeout to 5000;\nDROP TABLE sessions;")]
    [InlineData("SET SESSION lock_timeout = '1min';\nTRUNCATE t;")]
    [InlineData("BEGIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN note text;\nCOMMIT;")]
    [InlineData("SELECT 1;\nUPDATE users SET note = '' WHERE id = 1;\nCREATE INDEX CONCURRENTLY i ON users (note);\nDROP INDEX CONCURRENTLY j;")]
    [InlineData("CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN note text;\nCREATE INDEX i ON users (note);\nDROP TABLE users;")]
    [InlineData("CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'meh';")]
    [InlineData("CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a (id));")]
    [InlineData("REINDEX TABLE CONCURRENTLY users;\nREFRESH MATERIALIZED VIEW CONCURRENTLY v;\nVACUUM users;")]
    public void Silent_when_lock_timeout_is_set_or_no_lock_matters(string sql) => RuleAssert.Silent<RequireLockTimeout>(sql);

    [Fact]
    public void Silent_for_set_local_in_the_transaction_the_runner_wraps() =>
        RuleAssert.Silent<RequireLockTimeout>("SET LOCAL lock_timeout = '5s';\nALTER TABLE a ADD COLUMN x int;", InTransaction);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RequireLockTimeout>("[|DROP INDEX i|];", direction: MigrationDirection.Down);

    [Fact]
    public void Message_names_the_statement_and_what_it_locks() =>
        Assert.Equal(
            ["TRUNCATE locks 'a', 'app.b' with no lock_timeout set: while it waits for the lock, every later query on it waits too."],
            RuleAssert.Messages<RequireLockTimeout>("CREATE TABLE c (id int);\nTRUNCATE a, app.b, c;"));

    [Theory]
    [InlineData("[|ALTER TABLE dbo.Users ADD Email nvarchar(100) NULL|];")]
    [InlineData("SET LOCK_TIMEOUT -1;\n[|CREATE INDEX IX ON dbo.Users (Email)|];")]
    [InlineData("[|ALTER INDEX IX ON dbo.Users REBUILD|];")]
    public void Reports_tsql_lock_without_timeout(string sql) =>
        RuleAssert.Reports<RequireLockTimeout>(sql, dialect: Dialect.SqlServer);

    [Theory]
    [InlineData("SET LOCK_TIMEOUT 5000;\nALTER TABLE dbo.Users ADD Email nvarchar(100) NULL;")]
    [InlineData("SET LOCK_TIMEOUT 0\nGO\nCREATE INDEX IX ON dbo.Users (Email);")]
    [InlineData("CREATE TABLE dbo.Users (Id int);\nCREATE INDEX IX ON Users (Id);")]
    public void Silent_tsql_with_timeout_or_new_table(string sql) => RuleAssert.SilentTSql<RequireLockTimeout>(sql);

    [Fact]
    public void Tsql_help_speaks_sql_server() =>
        Assert.Contains(
            "SET LOCK_TIMEOUT 5000",
            RuleAssert.Helps<RequireLockTimeout>("TRUNCATE TABLE dbo.Users;", dialect: Dialect.SqlServer).Single(),
            StringComparison.Ordinal);
}
