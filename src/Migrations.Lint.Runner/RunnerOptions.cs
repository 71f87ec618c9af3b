using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Runner;

/// <summary>How the runner behaves; the defaults are the safe ones.</summary>
public sealed record RunnerOptions
{
    public static RunnerOptions Default { get; } = new();

    public HistoryTableName HistoryTable { get; init; } = HistoryTableName.Default;

    public TransactionMode TransactionMode { get; init; } = TransactionMode.PerMigration;

    /// <summary>
    /// <c>SET lock_timeout</c> for every migration: a statement waiting this long for a lock gives up instead
    /// of queueing every other query on the table behind it.
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>SET statement_timeout</c> for every migration; null keeps the server's setting.</summary>
    public TimeSpan? StatementTimeout { get; init; }

    /// <summary>
    /// How often a migration that hit the lock timeout (SQLSTATE 55P03) is tried again, each time after
    /// twice the previous delay (GitLab's <c>with_lock_retries</c>).
    /// </summary>
    public int LockRetries { get; init; } = 3;

    /// <summary>The delay before the first lock retry.</summary>
    public TimeSpan LockRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for another runner to finish; <see cref="TimeSpan.Zero"/> gives up at once.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Apply pending migrations older than the newest applied one instead of refusing.</summary>
    public bool OutOfOrder { get; init; }

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Configuration"/> naming the first bad value.</exception>
    internal void Validate()
    {
        var problem =
            LockTimeout < TimeSpan.Zero ? $"the lock timeout cannot be negative ({LockTimeout})"
            : StatementTimeout < TimeSpan.Zero ? $"the statement timeout cannot be negative ({StatementTimeout})"
            : LockRetries < 0 ? $"lock retries cannot be negative ({LockRetries})"
            : LockRetryDelay < TimeSpan.Zero ? $"the lock retry delay cannot be negative ({LockRetryDelay})"
            : LockWait < TimeSpan.Zero && LockWait != Timeout.InfiniteTimeSpan ? $"the lock wait cannot be negative ({LockWait})"
            : null;
        if (problem is not null)
        {
            throw new RunnerException(RunnerErrorKind.Configuration, problem);
        }
    }
}
