using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.History;
using Npgsql;

namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// Proves that the down scripts revert the up scripts, on a database nobody else uses: snapshot the empty
/// schema, apply everything, snapshot, roll every versioned migration back and compare with the empty schema,
/// apply everything again and compare with the first apply. Stops at the first failing step.
/// </summary>
/// <remarks>
/// Repeatable migrations have no down script: their objects must be dropped by the down script of what
/// they depend on. After the full rollback their history rows are removed, so the re-apply runs them
/// again as a deployment to a new database would.
/// </remarks>
public sealed class MigrationCycle
{
    private readonly MigrationRunner _runner;
    private readonly ConnectionSettings _connection;
    private readonly HistoryTable _history;
    private readonly DatabaseInspector _inspector;

    /// <param name="runner">A runner for <paramref name="connection"/>, configured as the user asked (transaction mode, timeouts).</param>
    public MigrationCycle(MigrationRunner runner, ConnectionSettings connection, HistoryTableName? historyTable = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(connection);
        _runner = runner;
        _connection = connection;
        _history = new HistoryTable(historyTable ?? HistoryTableName.Default);
        _inspector = new DatabaseInspector(connection, _history.Name);
    }

    /// <exception cref="RunnerException">The database cannot be reached, or the runner refused to apply.</exception>
    public async Task<CycleReport> RunAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var empty = await _inspector.SnapshotAsync(cancellationToken);
        var runs = new List<CycleRun>();

        var first = await StepAsync(CycleStep.Apply, await _runner.ApplyAsync(migrations, new ApplyRequest(), cancellationToken), runs, cancellationToken);
        if (first is null)
        {
            return new CycleReport(empty.Checksum, runs, [], RefusedRollback: null);
        }

        RunResult rollback;
        try
        {
            rollback = await _runner.RollbackAsync(migrations, new RollbackRequest(Steps: int.MaxValue), cancellationToken);
        }
        catch (RunnerException refused) when (refused.Kind == RunnerErrorKind.Refused)
        {
            return new CycleReport(empty.Checksum, runs, [], refused.Message);
        }

        var rolledBack = await StepAsync(CycleStep.Rollback, rollback, runs, cancellationToken);
        if (rolledBack is null)
        {
            return new CycleReport(empty.Checksum, runs, [], RefusedRollback: null);
        }

        var findings = empty.Compare(rolledBack).Select(difference => new CycleFinding(CycleStep.Rollback, difference)).ToList();
        await ForgetRepeatablesAsync(cancellationToken);
        var reapplied = await StepAsync(CycleStep.Reapply, await _runner.ApplyAsync(migrations, new ApplyRequest(), cancellationToken), runs, cancellationToken);
        if (reapplied is not null)
        {
            findings.AddRange(first.Compare(reapplied).Select(difference => new CycleFinding(CycleStep.Reapply, difference)));
        }

        return new CycleReport(empty.Checksum, runs, findings, RefusedRollback: null);
    }

    /// <summary>Records a finished step.</summary>
    /// <returns>The schema after it; null when it failed.</returns>
    private async Task<SchemaSnapshot?> StepAsync(CycleStep step, RunResult run, List<CycleRun> runs, CancellationToken cancellationToken)
    {
        var after = run.Succeeded ? await _inspector.SnapshotAsync(cancellationToken) : null;
        runs.Add(new CycleRun(step, run, after?.Checksum));
        return after;
    }

    private async Task ForgetRepeatablesAsync(CancellationToken cancellationToken)
    {
        await using var connector = new DatabaseConnector(_connection);
        await using var connection = await connector.OpenAsync(cancellationToken);
        try
        {
            foreach (var entry in await _history.ReadAsync(connection, cancellationToken))
            {
                if (entry.Type == HistoryEntryType.Repeatable)
                {
                    await _history.DeleteAsync(connection, entry.InstalledRank, cancellationToken);
                }
            }
        }
        catch (NpgsqlException e)
        {
            throw _connection.DatabaseError(e);
        }
    }
}
