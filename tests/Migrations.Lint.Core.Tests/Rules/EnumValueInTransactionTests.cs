using Migrations.Lint.Linting;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class EnumValueInTransactionTests
{
    private static readonly LintSettings Pg11 = new(PgVersion: 11);
    private static readonly LintSettings Pg11RunnerWraps = new(PgVersion: 11, AssumeInTransaction: true);
    private static readonly LintSettings RunnerWraps = new(AssumeInTransaction: true);

    [Theory]
    [InlineData("BEGIN;\nALTER TYPE status [|ADD VALUE 'archived'|];\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE public.status [|ADD VALUE IF NOT EXISTS 'archived' BEFORE 'deleted'|];\nCOMMIT;")]
    [InlineData("CREATE TYPE mood AS ENUM ('ok');\nCOMMIT;\nBEGIN;\nALTER TYPE mood [|ADD VALUE 'sad'|];\nCOMMIT;")]
    public void Reports_add_value_in_transaction_before_pg12(string sql) => RuleAssert.Reports<EnumValueInTransaction>(sql, Pg11);

    [Fact]
    public void Reports_add_value_in_runner_transaction_before_pg12() =>
        RuleAssert.Reports<EnumValueInTransaction>("ALTER TYPE status [|ADD VALUE 'archived'|];", Pg11RunnerWraps);

    [Theory]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = [|'archived'|] WHERE closed;\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nALTER TABLE orders ALTER COLUMN status SET DEFAULT [|'archived'|];\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'on''hold';\nSELECT 1;\nINSERT INTO orders (status) VALUES ([|'on''hold'|]), ([|E'on\\'hold'|]);\nCOMMIT;")]
    public void Reports_use_of_new_value_before_commit(string sql) => RuleAssert.Reports<EnumValueInTransaction>(sql);

    [Fact]
    public void Reports_use_of_new_value_in_runner_transaction() =>
        RuleAssert.Reports<EnumValueInTransaction>(
            "ALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = [|'archived'|]::status WHERE closed_at < now();",
            RunnerWraps);

    [Fact]
    public void Reports_a_message_naming_the_value_type_and_line() =>
        Assert.Equal(
            ["Enum value 'archived' added to 'status' on line 2 cannot be used before the transaction commits."],
            RuleAssert.Messages<EnumValueInTransaction>("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE id = 1;\nCOMMIT;"));

    [Theory]
    [InlineData("ALTER TYPE status ADD VALUE 'archived';")]
    [InlineData("BEGIN;\nCREATE TYPE status AS ENUM ('open');\nALTER TYPE status ADD VALUE 'archived';\nCOMMIT;")]
    [InlineData("BEGIN;\nSELECT 1;\nCOMMIT;\nALTER TYPE status ADD VALUE 'archived';")]
    [InlineData("BEGIN;\nALTER TYPE status RENAME VALUE 'old' TO 'new';\nCOMMIT;")]
    public void Silent_before_pg12_outside_transaction_or_for_new_type(string sql) => RuleAssert.Silent<EnumValueInTransaction>(sql, Pg11);

    [Theory]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nCOMMIT;\nUPDATE orders SET status = 'archived' WHERE closed;")]
    [InlineData("ALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE closed;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = 'closed', note = 'archive' WHERE closed;\nCOMMIT;")]
    [InlineData("BEGIN;\nCREATE TYPE status AS ENUM ('open');\nALTER TYPE status ADD VALUE 'archived';\nCREATE TABLE t (s status DEFAULT 'archived');\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nCREATE FUNCTION f() RETURNS status LANGUAGE sql AS $$ SELECT 'archived'::status $$;\nCOMMIT;")]
    [InlineData("BEGIN;\nALTER TYPE status ADD VALUE 'archived';\nROLLBACK;\nBEGIN;\nUPDATE orders SET status = 'archived' WHERE closed;\nCOMMIT;")]
    public void Silent_on_pg12_when_the_new_value_is_not_used_before_commit(string sql) => RuleAssert.Silent<EnumValueInTransaction>(sql);
}
