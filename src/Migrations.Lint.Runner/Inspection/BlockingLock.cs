namespace Migrations.Lint.Runner.Inspection;

/// <summary>A session waiting for a lock that another session holds (pg_blocking_pids), right now.</summary>
/// <param name="LockType">pg_locks.locktype of the lock waited for: relation, transactionid, advisory, …</param>
/// <param name="Mode">The mode waited for, e.g. AccessExclusiveLock.</param>
/// <param name="Relation">The table or index waited for, when the lock is on one.</param>
/// <param name="Waiting">How long the blocked statement has been running.</param>
public sealed record BlockingLock(
    int BlockedPid,
    int BlockingPid,
    string BlockedQuery,
    string BlockingQuery,
    string LockType,
    string Mode,
    string? Relation,
    TimeSpan Waiting);
