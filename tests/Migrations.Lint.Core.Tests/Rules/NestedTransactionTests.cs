using Migrations.Lint.Linting;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class NestedTransactionTests
{
    private static readonly LintSettings RunnerWraps = new(AssumeInTransaction: true);

    [Theory]
    [InlineData("BEGIN;\n[|BEGIN|];\nSELECT 1;\nCOMMIT;\nCOMMIT;")]
    [InlineData("START TRANSACTION;\nSELECT 1;\n[|START TRANSACTION|];\nCOMMIT;")]
    [InlineData("BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\n[|BEGIN|];\nCOMMIT;")]
    [InlineData("BEGIN;\nSAVEPOINT a;\n[|begin|];\nCOMMIT;")]
    public void Reports_begin_inside_explicit_transaction(string sql) => RuleAssert.Reports<NestedTransaction>(sql);

    [Theory]
    [InlineData("[|BEGIN|];\nALTER TABLE users ADD COLUMN email text;\nCOMMIT;")]
    [InlineData("SELECT 1;\n[|BEGIN|];\nSELECT 2;\nCOMMIT;\nBEGIN;\nSELECT 3;\nCOMMIT;")]
    [InlineData("[|BEGIN|];\n[|BEGIN|];\nCOMMIT;")]
    public void Reports_begin_inside_the_runners_transaction(string sql) => RuleAssert.Reports<NestedTransaction>(sql, RunnerWraps);

    [Fact]
    public void Reports_a_message_saying_whose_transaction_it_is()
    {
        Assert.Equal(
            ["BEGIN inside a transaction this script already began is ignored; the next COMMIT ends both."],
            RuleAssert.Messages<NestedTransaction>("BEGIN;\nBEGIN;\nCOMMIT;", LintSettings.Default));
        Assert.Equal(
            ["BEGIN inside the transaction the migration tool wraps the script in is ignored; the script's COMMIT ends the tool's transaction early."],
            RuleAssert.Messages<NestedTransaction>("BEGIN;\nCOMMIT;", RunnerWraps));
    }

    [Theory]
    [InlineData("BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;\nCOMMIT;")]
    [InlineData("BEGIN;\nSELECT 1;\nROLLBACK;\nBEGIN;\nCOMMIT;")]
    [InlineData("BEGIN;\nSAVEPOINT a;\nSELECT 1;\nRELEASE SAVEPOINT a;\nCOMMIT;")]
    [InlineData("CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;")]
    [InlineData("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;")]
    public void Silent_for_sequential_transactions(string sql) => RuleAssert.Silent<NestedTransaction>(sql);

    [Fact]
    public void Silent_when_the_runner_wraps_a_script_without_begin() =>
        RuleAssert.Silent<NestedTransaction>("ALTER TABLE users ADD COLUMN email text;\nSAVEPOINT a;", RunnerWraps);
}
