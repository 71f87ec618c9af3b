namespace Migrations.Lint.Runner.Inspection;

/// <summary>Whether now is a safe moment to apply: <see cref="Passed"/> when nothing would block or be blocked by a migration.</summary>
/// <param name="ServerVersion">The server's server_version setting, e.g. 15.8.</param>
/// <param name="MaxTransactionAge">The threshold <see cref="LongTransactions"/> were measured against.</param>
/// <param name="FailedMigrations">Dirty rows: apply refuses to start until they are dealt with.</param>
public sealed record PreflightReport(
    string ServerVersion,
    int PendingMigrations,
    TimeSpan MaxTransactionAge,
    IReadOnlyList<FailedMigration> FailedMigrations,
    IReadOnlyList<LongTransaction> LongTransactions,
    IReadOnlyList<BlockingLock> BlockingLocks)
{
    public bool Passed => FailedMigrations.Count == 0 && LongTransactions.Count == 0 && BlockingLocks.Count == 0;
}
