namespace Migrations.Lint.Sql.Syntax;

/// <summary>Transaction control: begin, commit, rollback and savepoints.</summary>
public sealed class TransactionStatement : SqlStatement
{
    public override StatementKind Kind => Action switch
    {
        TransactionAction.Begin => StatementKind.Begin,
        TransactionAction.Commit => StatementKind.Commit,
        TransactionAction.Rollback => StatementKind.Rollback,
        _ => StatementKind.Savepoint,
    };

    public required TransactionAction Action { get; init; }

    public SqlIdentifier? SavepointName { get; init; }

    /// <summary><c>COMMIT AND CHAIN</c> / <c>ROLLBACK AND CHAIN</c>: a new transaction starts at once.</summary>
    public bool IsChain { get; init; }
}
