using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// One pass over a script that records, for every statement, the transaction state it starts in
/// and how many tables the script had created before it.
/// </summary>
internal static class ScriptAnalysis
{
    public static (IReadOnlyList<AnalyzedStatement> Statements, IReadOnlyList<QualifiedName> CreatedTables, int[] CreatedBefore) Analyze(
        SqlScript syntax, MigrationScript script, LintSettings settings)
    {
        var statements = syntax.Statements;
        var hasOwnTransactionControl = statements.Any(statement => statement is TransactionStatement);

        // Runners run a script that manages its own transactions as written, and honour opt-outs
        // such as goose's NO TRANSACTION; otherwise, when configured, they wrap it in one.
        var wrappedByRunner = settings.AssumeInTransaction
            && !hasOwnTransactionControl
            && (script.Options & MigrationScriptOptions.NoTransaction) == 0;

        var analyzed = new AnalyzedStatement[statements.Count];
        var createdBefore = new int[statements.Count];
        var created = new List<QualifiedName>();
        var inExplicit = false;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            analyzed[i] = new AnalyzedStatement(statement, i, inExplicit, inExplicit || wrappedByRunner);
            createdBefore[i] = created.Count;
            switch (statement)
            {
                case TransactionStatement transaction:
                    inExplicit = transaction.Action switch
                    {
                        TransactionAction.Begin => true,
                        TransactionAction.Commit or TransactionAction.Rollback => transaction.IsChain,
                        _ => inExplicit,
                    };
                    break;
                case CreateTableStatement create:
                    created.Add(create.Name);
                    break;
                case CreateTableAsStatement createAs:
                    created.Add(createAs.Name);
                    break;
            }
        }

        return (analyzed, created, createdBefore);
    }
}
