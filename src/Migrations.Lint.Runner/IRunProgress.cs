namespace Migrations.Lint.Runner;

/// <summary>Told as each migration of an apply or rollback starts and ends, for a progress display.</summary>
/// <remarks>All-in-one-transaction applies report nothing: their migrations only count once the whole batch commits.</remarks>
public interface IRunProgress
{
    /// <param name="number">1-based position in this run.</param>
    /// <param name="count">How many migrations this run will try.</param>
    void Starting(int number, int count, string script);

    void Finished(int number, int count, MigrationResult result);
}
