namespace Migrations.Lint.Sql.Syntax;

public enum TransactionAction
{
    /// <summary><c>BEGIN</c> or <c>START TRANSACTION</c>.</summary>
    Begin,

    /// <summary><c>COMMIT</c> or <c>END</c>.</summary>
    Commit,

    /// <summary><c>ROLLBACK</c> or <c>ABORT</c>.</summary>
    Rollback,

    Savepoint,
    ReleaseSavepoint,

    /// <summary><c>ROLLBACK [WORK|TRANSACTION] TO [SAVEPOINT] name</c>.</summary>
    RollbackToSavepoint,
}
