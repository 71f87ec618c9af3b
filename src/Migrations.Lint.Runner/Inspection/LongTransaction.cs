namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// A session of the same database whose transaction has been open longer than the preflight allows: a
/// migration's ACCESS EXCLUSIVE lock would queue behind it, and every query on the table behind the migration.
/// </summary>
/// <param name="State">pg_stat_activity.state: active, idle in transaction, …</param>
/// <param name="Query">Its current (or last) statement, with the runner's password redacted.</param>
public sealed record LongTransaction(int Pid, TimeSpan Age, string State, string User, string ApplicationName, string Query);
