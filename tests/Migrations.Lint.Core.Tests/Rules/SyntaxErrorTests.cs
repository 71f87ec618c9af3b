using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("UPDATE users SET a = 1 WHERE b [|LIMIT 10|];")]
    [InlineData("SELECT 1;\nINSERT INTO t SELECT [|'oops;|]")]
    public void Reports_certain_errors(string sql) => RuleAssert.Reports<SyntaxError>(sql);

    [Theory]
    [InlineData("CREATE POLICY p ON t USING (auth.uid() = user_id);")]
    [InlineData("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t LIMIT 10);")]
    public void Silent_for_valid_sql(string sql) => RuleAssert.Silent<SyntaxError>(sql);
}
