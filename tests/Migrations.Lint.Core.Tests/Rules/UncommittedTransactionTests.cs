using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class UncommittedTransactionTests
{
    [Theory]
    [InlineData("[|BEGIN|];\nALTER TABLE users ADD COLUMN email text;")]
    [InlineData("[|START TRANSACTION ISOLATION LEVEL SERIALIZABLE|];\nUPDATE users SET a = 1 WHERE id = 1;")]
    [InlineData("BEGIN;\nSELECT 1;\nCOMMIT;\n[|BEGIN|];\nSELECT 2;")]
    [InlineData("[|BEGIN|];\nSAVEPOINT s;\nSELECT 1;\nROLLBACK TO SAVEPOINT s;\nRELEASE SAVEPOINT s;")]
    [InlineData("[|BEGIN|];\nBEGIN;\nSELECT 1;")]
    [InlineData("BEGIN;\nSELECT 1;\n[|COMMIT AND CHAIN|];\nSELECT 2;")]
    public void Reports_transaction_left_open(string sql) => RuleAssert.Reports<UncommittedTransaction>(sql);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<UncommittedTransaction>("[|BEGIN|];\nDROP TABLE users;", direction: MigrationDirection.Down);

    [Theory]
    [InlineData("BEGIN;\nALTER TABLE users ADD COLUMN email text;\nCOMMIT;")]
    [InlineData("begin;\nselect 1;\nend;")]
    [InlineData("BEGIN;\nSELECT 1;\nROLLBACK;")]
    [InlineData("START TRANSACTION;\nSELECT 1;\nABORT;")]
    [InlineData("BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nSELECT 2;\nCOMMIT;")]
    [InlineData("ALTER TABLE users ADD COLUMN email text;")]
    [InlineData("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;")]
    [InlineData("DO $$ BEGIN RAISE NOTICE 'x'; END $$;")]
    [InlineData("BEGIN;\nSELECT 1;\nPREPARE TRANSACTION 'migration_7';")]
    public void Silent_when_every_transaction_ends(string sql) => RuleAssert.Silent<UncommittedTransaction>(sql);

    [Fact]
    public void Silent_when_the_runner_wraps_the_script_and_commits_it() =>
        RuleAssert.Silent<UncommittedTransaction>("BEGIN;\nALTER TABLE users ADD COLUMN email text;", new LintSettings(AssumeInTransaction: true));
}
