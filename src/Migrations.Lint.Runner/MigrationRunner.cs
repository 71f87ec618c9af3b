using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Backup;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Runner.Execution;
using Migrations.Lint.Runner.History;
using Migrations.Lint.Runner.Planning;
using Npgsql;

namespace Migrations.Lint.Runner;

/// <summary>
/// Applies, rolls back and reports on migrations against one PostgreSQL database. Apply and rollback take
/// the migration lock first, so concurrent runners apply each migration exactly once.
/// </summary>
/// <remarks>
/// Migrations marked for another dialect are left out. Problems that stop a run before it starts throw
/// <see cref="RunnerException"/>; a migration that fails is reported in the <see cref="RunResult"/>.
/// </remarks>
public sealed class MigrationRunner
{
    private readonly ConnectionSettings _connection;
    private readonly RunnerOptions _options;
    private readonly MigrationEventLog? _log;
    private readonly HistoryTable _history;
    private readonly IRunProgress? _progress;

    public MigrationRunner(ConnectionSettings connection, RunnerOptions? options = null, MigrationEventLog? log = null, IRunProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? RunnerOptions.Default;
        _options.Validate();
        _log = log;
        _progress = progress;
        _history = new HistoryTable(_options.HistoryTable);
    }

    /// <summary>Applies the pending migrations in order, stopping at the first failure.</summary>
    public Task<RunResult> ApplyAsync(IEnumerable<Migration> migrations, ApplyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Steps is < 0)
        {
            throw new RunnerException(RunnerErrorKind.Configuration, $"steps must be zero or more, not {request.Steps}");
        }

        return RunAsync("apply", request.DryRun, cancellationToken, async connection =>
        {
            var catalog = MigrationCatalog.Create(migrations, await _history.ReadAsync(connection, cancellationToken));
            RefuseWhenDirty(catalog);
            RefuseOnDrift(catalog);
            var pending = catalog.Pending(request.Target);
            RefuseOutOfOrder(catalog.OutOfOrder(pending));
            if (request.Steps is { } steps)
            {
                pending = [.. pending.Take(steps)];
            }

            var plans = pending.Select(item => Plan(item.Migration.Up, connection)).ToList();
            if (_options.TransactionMode == TransactionMode.All
                && plans.FindIndex(plan => plan.Mode != ExecutionMode.Transaction) is var index and >= 0)
            {
                throw new RunnerException(
                    RunnerErrorKind.Configuration,
                    $"cannot apply all migrations in one transaction: {plans[index].Script.Path} needs to run outside one ({plans[index].ModeReason})");
            }

            if (request.DryRun)
            {
                return new RunResult([.. pending.Zip(plans, (item, plan) => Planned(item.Migration.Version?.ToString(), item.Migration.Description, plan, MigrationOutcome.WouldApply))]);
            }

            var backup = request.BackupDirectory is { } directory && pending.Count > 0 ? await BackUpAsync(directory, cancellationToken) : null;
            var executor = Executor(connection);
            if (_options.TransactionMode == TransactionMode.All && pending.Count > 0)
            {
                return new RunResult(await executor.ApplyAllAsync([.. pending.Zip(plans)], cancellationToken), backup);
            }

            return new RunResult(
                await RunEachAsync([.. pending.Zip(plans)], pair => pair.Second.Script.Path, pair => executor.ApplyAsync(pair.First, pair.Second, cancellationToken)),
                backup);
        }, Summary);
    }

    /// <summary>Runs the down scripts of the newest applied migrations, each with the removal of its history row.</summary>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Refused"/> when one of them has no down script; nothing is rolled back then.</exception>
    public Task<RunResult> RollbackAsync(IEnumerable<Migration> migrations, RollbackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Target is null && request.Steps < 1)
        {
            throw new RunnerException(RunnerErrorKind.Configuration, $"steps must be at least 1, not {request.Steps}");
        }

        return RunAsync("rollback", request.DryRun, cancellationToken, async connection =>
        {
            var catalog = MigrationCatalog.Create(migrations, await _history.ReadAsync(connection, cancellationToken));
            RefuseWhenDirty(catalog);
            var toRollBack = catalog.ToRollBack(request.Steps, request.Target);
            var plans = toRollBack.Select(item => Plan(item.Migration.Down!, connection)).ToList();
            if (request.DryRun)
            {
                return [.. toRollBack.Zip(plans, (item, plan) => Planned(item.Entry.Version, item.Entry.Description, plan, MigrationOutcome.WouldRollBack))];
            }

            var executor = Executor(connection);
            return await RunEachAsync(
                [.. toRollBack.Zip(plans)], pair => pair.Second.Script.Path, pair => executor.RollBackAsync(pair.First, pair.Second, cancellationToken));
        });
    }

    /// <summary>
    /// Marks a database that already has its schema (made before migrations were used) as migrated up to
    /// <paramref name="version"/>: those migrations are never run, later ones are pending.
    /// </summary>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Refused"/> when migrations have already been applied.</exception>
    public Task BaselineAsync(MigrationVersion version, string description = "baseline", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return RunAsync("baseline", dryRun: false, cancellationToken, async connection =>
        {
            var catalog = MigrationCatalog.Create([], await _history.ReadAsync(connection, cancellationToken));
            if (catalog.HasAppliedVersions)
            {
                throw new RunnerException(RunnerErrorKind.Refused, $"cannot baseline: {_options.HistoryTable} already records applied migrations");
            }

            await _history.InsertAsync(
                connection, HistoryEntryType.Baseline, version.ToString(), description, MigrationCatalog.BaselineScript, "", success: true, TimeSpan.Zero, cancellationToken);
            return version;
        }, baselined => [("version", baselined.ToString())]);
    }

    /// <summary>
    /// Deletes the rows of failed (dirty) migrations and records the current checksum of applied migrations
    /// whose files changed. Only for after a person cleaned up the failure or accepted the change: it makes
    /// the history agree with the files, it does not touch the schema.
    /// </summary>
    public Task<RepairResult> RepairAsync(IEnumerable<Migration> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        return RunAsync("repair", dryRun: false, cancellationToken, async connection =>
        {
            var catalog = MigrationCatalog.Create(migrations, await _history.ReadAsync(connection, cancellationToken));
            foreach (var failed in catalog.FailedEntries)
            {
                await _history.DeleteAsync(connection, failed.InstalledRank, cancellationToken);
            }

            var drift = catalog.Drift();
            foreach (var (entry, migration) in catalog.DriftedEntries())
            {
                await _history.SetChecksumAsync(connection, entry.InstalledRank, catalog.ChecksumOf(migration), cancellationToken);
            }

            return new RepairResult(catalog.FailedEntries, drift);
        }, repair => [("removed", repair.RemovedFailures.Count), ("realigned", repair.Realigned.Count)]);
    }

    /// <summary>Every migration on disk or in the history and its state. Changes nothing and takes no lock.</summary>
    public async Task<IReadOnlyList<StatusEntry>> StatusAsync(IEnumerable<Migration> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        return (await ReadCatalogAsync(migrations, cancellationToken)).Status();
    }

    /// <summary>Applied migrations whose files changed since they ran. Changes nothing and takes no lock.</summary>
    public async Task<ValidationReport> ValidateAsync(IEnumerable<Migration> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        return new ValidationReport((await ReadCatalogAsync(migrations, cancellationToken)).Drift());
    }

    private async Task<MigrationCatalog> ReadCatalogAsync(IEnumerable<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connector = new DatabaseConnector(_connection);
        try
        {
            await using var connection = await connector.OpenAsync(cancellationToken);
            return MigrationCatalog.Create(migrations, await _history.ReadAsync(connection, cancellationToken));
        }
        catch (NpgsqlException e)
        {
            throw _connection.DatabaseError(e);
        }
    }

    /// <summary>
    /// Opens the run: the lock (not for a dry run, which only reads), the migration connection and the
    /// history table (created on first use, again not for a dry run); then logs and returns the results.
    /// </summary>
    private async Task<RunResult> RunAsync(
        string command,
        bool dryRun,
        CancellationToken cancellationToken,
        Func<NpgsqlConnection, Task<IReadOnlyList<MigrationResult>>> run) =>
        await RunAsync(
            command,
            dryRun,
            cancellationToken,
            async connection => new RunResult(await run(connection)),
            Summary);

    private static (string Name, object? Value)[] Summary(RunResult result) =>
        [("succeeded", result.Succeeded), ("migrations", result.Migrations.Count), ("backup", result.Backup?.Path)];

    /// <summary>Taken under the migration lock, after the plan is known: the dump is the database as it was just before the first change.</summary>
    private async Task<BackupFile> BackUpAsync(string directory, CancellationToken cancellationToken)
    {
        _log?.Info("backup-start", ("directory", directory));
        var backup = await DatabaseBackup.CreateAsync(_connection, directory, TimeProvider.System, cancellationToken);
        _log?.Info("backup", ("path", backup.Path), ("bytes", backup.Bytes), ("duration_ms", backup.Duration));
        return backup;
    }

    private async Task<T> RunAsync<T>(
        string command,
        bool dryRun,
        CancellationToken cancellationToken,
        Func<NpgsqlConnection, Task<T>> run,
        Func<T, (string Name, object? Value)[]> summary)
    {
        _log?.Info("run-start", ("command", command), ("database", _connection.Display), ("dry_run", dryRun));
        try
        {
            await using var connector = new DatabaseConnector(_connection);
            await using var runLock = dryRun ? null : await MigrationLock.AcquireAsync(connector, _options.HistoryTable, _options.LockWait, cancellationToken);
            await using var connection = await connector.OpenAsync(cancellationToken);
            if (!dryRun)
            {
                await ClientDisconnectCheck.EnableAsync(connection, cancellationToken);
                await _history.EnsureCreatedAsync(connection, cancellationToken);
            }

            var result = await run(connection);
            _log?.Info("run-end", [("command", command), .. summary(result)]);
            return result;
        }
        catch (NpgsqlException e)
        {
            throw Logged(_connection.DatabaseError(e));
        }
        catch (RunnerException e)
        {
            throw Logged(e);
        }
    }

    /// <summary>Runs <paramref name="run"/> for each item in order, stopping at the first failure, and reports progress.</summary>
    private async Task<IReadOnlyList<MigrationResult>> RunEachAsync<T>(IReadOnlyList<T> items, Func<T, string> script, Func<T, Task<MigrationResult>> run)
    {
        var results = new List<MigrationResult>();
        foreach (var item in items)
        {
            var number = results.Count + 1;
            _progress?.Starting(number, items.Count, script(item));
            var result = await run(item);
            _progress?.Finished(number, items.Count, result);
            results.Add(result);
            if (result.Outcome == MigrationOutcome.Failed)
            {
                break;
            }
        }

        return results;
    }

    private RunnerException Logged(RunnerException e)
    {
        _log?.Error("run-refused", ("kind", e.Kind.ToString()), ("message", e.Message));
        return e;
    }

    private MigrationExecutor Executor(NpgsqlConnection connection) => new(connection, _history, _options, _connection, _log);

    private ScriptPlan Plan(MigrationScript script, NpgsqlConnection connection)
    {
        var plan = ScriptPlan.Create(script, connection.PostgreSqlVersion.Major);
        return _options.TransactionMode == TransactionMode.None ? plan.InAutocommit("transaction mode is none") : plan;
    }

    private static MigrationResult Planned(string? version, string description, ScriptPlan plan, MigrationOutcome outcome) =>
        new(version, description, plan.Script.Path, plan.Mode, plan.ModeReason, outcome, TimeSpan.Zero, plan.Statements.Count, Attempts: 0, Failure: null);

    private void RefuseWhenDirty(MigrationCatalog catalog)
    {
        if (catalog.FailedEntries is [var dirty, ..])
        {
            throw new RunnerException(
                RunnerErrorKind.Refused,
                $"migration {dirty.Version ?? dirty.Description} ({dirty.Description}, {dirty.Script}) failed or was interrupted earlier and left "
                + $"the database dirty; finish or undo its statements by hand, then remove its history row: "
                + $"DELETE FROM {_options.HistoryTable} WHERE installed_rank = {dirty.InstalledRank};");
        }
    }

    private static void RefuseOnDrift(MigrationCatalog catalog)
    {
        if (catalog.Drift() is [var changed, ..] drift)
        {
            throw new RunnerException(
                RunnerErrorKind.Refused,
                $"applied migration {changed.Version} ({changed.Script}) has changed since it was applied"
                + (drift.Count > 1 ? $", and {drift.Count - 1} more" : "")
                + "; restore the file as it was applied (validate lists every change)");
        }
    }

    private void RefuseOutOfOrder(IReadOnlyList<PendingMigration> outOfOrder)
    {
        if (outOfOrder.Count > 0 && !_options.OutOfOrder)
        {
            throw new RunnerException(
                RunnerErrorKind.Refused,
                $"pending {(outOfOrder.Count == 1 ? "migration" : "migrations")} "
                + string.Join(", ", outOfOrder.Select(item => $"{item.Migration.Version} ({item.Migration.Up.Path})"))
                + " older than the newest applied one; renumber, or allow out-of-order migrations");
        }
    }
}
