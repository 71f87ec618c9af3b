using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class RequireConcurrentIndexDropTests
{
    [Theory]
    [InlineData("[|DROP INDEX idx_users_email|];")]
    [InlineData("[|drop index if exists app.\"Idx\" cascade|]")]
    [InlineData("[|DROP INDEX a, b|];")]
    [InlineData("CREATE INDEX CONCURRENTLY i ON users (email);\n[|DROP INDEX i|];")]
    [InlineData("CREATE INDEX i ON app.users (email);\n[|DROP INDEX i|];")]
    [InlineData("CREATE INDEX i ON users (email);\n[|DROP INDEX i, other|];")]
    [InlineData("[|DROP INDEX i|];\nCREATE INDEX i ON users (email);")]
    public void Reports_drop_index_without_concurrently(string sql) => RuleAssert.Reports<RequireConcurrentIndexDrop>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<RequireConcurrentIndexDrop>("[|DROP INDEX i|];", direction: MigrationDirection.Down);

    [Fact]
    public void Reports_only_the_indexes_not_created_in_the_script() =>
        Assert.Equal(
            ["Dropping index 'public.old' without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: reads and writes queue behind it."],
            RuleAssert.Messages<RequireConcurrentIndexDrop>("CREATE INDEX i ON t (a);\nDROP INDEX i, public.Old;", LintSettings.Default));

    [Theory]
    [InlineData("DROP INDEX CONCURRENTLY idx_users_email;")]
    [InlineData("DROP INDEX CONCURRENTLY IF EXISTS app.i;")]
    [InlineData("DROP TABLE users;")]
    [InlineData("CREATE INDEX i ON users (email);\nDROP INDEX i;")]
    [InlineData("CREATE INDEX i ON app.users (email);\nDROP INDEX app.I;")]
    [InlineData("CREATE INDEX i ON users (email);\nDROP INDEX public.i;")]
    [InlineData("CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\nCREATE INDEX j ON t (a);\nDROP INDEX i, j;")]
    public void Silent_when_concurrent_or_index_built_earlier_in_the_script(string sql) =>
        RuleAssert.Silent<RequireConcurrentIndexDrop>(sql);
}
