using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class ConcurrentInTransactionTests
{
    private static readonly LintSettings Wrapped = new(AssumeInTransaction: true);

    [Theory]
    [InlineData("BEGIN;\n[|CREATE INDEX CONCURRENTLY i ON t (a)|];\nCOMMIT;")]
    [InlineData("START TRANSACTION;\n[|DROP INDEX CONCURRENTLY i|];\nEND;")]
    [InlineData("BEGIN;\n[|REINDEX INDEX CONCURRENTLY i|];\nCOMMIT;")]
    [InlineData("BEGIN;\n[|REINDEX (CONCURRENTLY) TABLE t|];\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TABLE events [|DETACH PARTITION events_2020 CONCURRENTLY|];\nCOMMIT;")]
    [InlineData("begin;\nset lock_timeout = '5s';\n[|create unique index concurrently i on t (a)|];\ncommit;")]
    public void Reports_inside_begin_commit(string sql) => RuleAssert.Reports<ConcurrentInTransaction>(sql);

    [Theory]
    [InlineData("[|CREATE INDEX CONCURRENTLY i ON t (a)|];")]
    [InlineData("SET lock_timeout = '5s';\n[|DROP INDEX CONCURRENTLY IF EXISTS i|];")]
    [InlineData("[|REINDEX INDEX CONCURRENTLY i|];")]
    public void Reports_when_the_runner_wraps_the_script(string sql) =>
        RuleAssert.Reports<ConcurrentInTransaction>(sql, Wrapped);

    [Theory]
    [InlineData("ALTER TABLE t ADD COLUMN a int;\n[|CREATE INDEX CONCURRENTLY i ON t (a)|];")]
    [InlineData("[|CREATE INDEX CONCURRENTLY i ON t (a)|];\nUPDATE t SET a = 0 WHERE a IS NULL;")]
    [InlineData("[|CREATE INDEX CONCURRENTLY i ON t (a)|];\nCREATE INDEX j ON t (b);")]
    [InlineData("BEGIN;\nALTER TABLE t ADD COLUMN a int;\nCOMMIT;\n[|CREATE INDEX CONCURRENTLY i ON t (a)|];")]
    [InlineData("[|DROP INDEX CONCURRENTLY i|];\n[|DROP INDEX CONCURRENTLY j|];\nDROP TABLE old;")]
    public void Reports_beside_other_statements(string sql) => RuleAssert.Reports<ConcurrentInTransaction>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<ConcurrentInTransaction>(
            "BEGIN;\n[|DROP INDEX CONCURRENTLY i|];\nCOMMIT;", direction: MigrationDirection.Down);

    [Fact]
    public void Reports_each_case_with_its_own_message()
    {
        Assert.Equal(
            ["CREATE INDEX CONCURRENTLY on 'public.t' runs inside BEGIN … COMMIT and fails with \"cannot run inside a transaction block\"."],
            RuleAssert.Messages<ConcurrentInTransaction>("BEGIN;\nCREATE INDEX CONCURRENTLY i ON public.t (a);\nCOMMIT;", Wrapped));
        Assert.Equal(
            ["DROP INDEX CONCURRENTLY of 'i' fails with \"cannot run inside a transaction block\": the runner wraps this script in a transaction."],
            RuleAssert.Messages<ConcurrentInTransaction>("DROP INDEX CONCURRENTLY i;", Wrapped));
        Assert.Equal(
            ["DETACH PARTITION CONCURRENTLY of 'events_2020' from 'events' shares its script with other statements: a runner that wraps the script in a transaction makes it fail, and one that does not leaves the script half-applied when it fails."],
            RuleAssert.Messages<ConcurrentInTransaction>("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;\nDROP TABLE events_2020;"));
    }

    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY i ON t (a);")]
    [InlineData("SET lock_timeout = '5s';\nSET statement_timeout = 0;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\nRESET lock_timeout;")]
    [InlineData("CREATE INDEX CONCURRENTLY i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);\nDROP INDEX CONCURRENTLY k;")]
    [InlineData("REINDEX TABLE CONCURRENTLY t;")]
    [InlineData("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;")]
    [InlineData("COMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);\nBEGIN;")]
    public void Silent_for_concurrent_statements_alone(string sql) => RuleAssert.Silent<ConcurrentInTransaction>(sql);

    [Theory]
    [InlineData("BEGIN;\nCREATE INDEX i ON t (a);\nDROP INDEX j;\nREINDEX INDEX k;\nCOMMIT;")]
    [InlineData("ALTER TABLE events DETACH PARTITION events_2020 FINALIZE;\nDROP TABLE events_2020;")]
    [InlineData("ALTER TABLE t ADD COLUMN a int;\nCREATE INDEX i ON t (a);")]
    public void Silent_without_concurrently(string sql) => RuleAssert.Silent<ConcurrentInTransaction>(sql, Wrapped);

    [Fact]
    public void Silent_when_the_script_manages_its_own_transactions() =>
        RuleAssert.Silent<ConcurrentInTransaction>("COMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);\nBEGIN;", Wrapped);
}
