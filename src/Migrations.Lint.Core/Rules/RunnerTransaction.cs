using Migrations.Lint.Migrations;

namespace Migrations.Lint.Rules;

/// <summary>What the settings say about the transaction the migration tool may run a script in.</summary>
internal static class RunnerTransaction
{
    /// <summary>
    /// The tool wraps the script in a transaction (<c>assumeInTransaction</c>) and the script does not opt
    /// out (goose <c>NO TRANSACTION</c>, dbmate <c>transaction:false</c>), whatever BEGIN or COMMIT it holds.
    /// </summary>
    public static bool Wraps(ScriptContext context) =>
        context.Settings.AssumeInTransaction && (context.Script.Options & MigrationScriptOptions.NoTransaction) == 0;
}
