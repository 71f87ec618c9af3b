using System.Diagnostics;
using System.Globalization;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Runner.History;
using Migrations.Lint.Runner.Planning;
using Npgsql;

namespace Migrations.Lint.Runner.Execution;

/// <summary>
/// Runs migration scripts on one connection and records them in the history: in a transaction together
/// with the history row, or statement by statement after writing an unsuccessful row that is flipped at
/// the end. Lock timeouts (SQLSTATE 55P03) are retried with exponential backoff.
/// </summary>
internal sealed class MigrationExecutor(
    NpgsqlConnection connection,
    HistoryTable history,
    RunnerOptions options,
    ConnectionSettings settings,
    MigrationEventLog? log)
{
    public async Task<MigrationResult> ApplyAsync(PendingMigration pending, ScriptPlan plan, CancellationToken cancellationToken)
    {
        var migration = pending.Migration;
        var job = new MigrationJob(migration.Version?.ToString(), migration.Description, plan);
        Started(job, "apply");
        if (plan.Mode == ExecutionMode.Transaction)
        {
            return await RunInTransactionAsync(
                [job],
                _ => history.SucceededRowCommand(pending.Type, job.Version, job.Description, job.Script, pending.Checksum),
                MigrationOutcome.Applied,
                cancellationToken) is [var result] ? result : throw new UnreachableException();
        }

        var rank = await history.InsertAsync(
            connection, pending.Type, job.Version, job.Description, job.Script, pending.Checksum, success: false, TimeSpan.Zero, cancellationToken);
        return await RunInAutocommitAsync(
            job,
            () => history.MarkSucceededAsync(connection, rank, job.Elapsed, CancellationToken.None),
            () => history.SetExecutionTimeAsync(connection, rank, job.Elapsed, CancellationToken.None),
            MigrationOutcome.Applied,
            cancellationToken);
    }

    /// <summary>Applies every migration in one transaction: all or nothing.</summary>
    public async Task<IReadOnlyList<MigrationResult>> ApplyAllAsync(
        IReadOnlyList<(PendingMigration Pending, ScriptPlan Plan)> migrations, CancellationToken cancellationToken)
    {
        var jobs = migrations
            .Select(item => new MigrationJob(item.Pending.Migration.Version?.ToString(), item.Pending.Migration.Description, item.Plan))
            .ToList();
        foreach (var job in jobs)
        {
            Started(job, "apply");
        }

        return await RunInTransactionAsync(
            jobs,
            job =>
            {
                var pending = migrations[jobs.IndexOf(job)].Pending;
                return history.SucceededRowCommand(pending.Type, job.Version, job.Description, pending.Migration.Up.Path, pending.Checksum);
            },
            MigrationOutcome.Applied,
            cancellationToken);
    }

    public async Task<MigrationResult> RollBackAsync(AppliedMigration applied, ScriptPlan plan, CancellationToken cancellationToken)
    {
        var job = new MigrationJob(applied.Entry.Version, applied.Entry.Description, plan);
        Started(job, "rollback");
        if (plan.Mode == ExecutionMode.Transaction)
        {
            return await RunInTransactionAsync(
                [job],
                _ => history.DeleteCommand(applied.Entry.InstalledRank),
                MigrationOutcome.RolledBack,
                cancellationToken) is [var result] ? result : throw new UnreachableException();
        }

        var undoRank = await history.InsertAsync(
            connection,
            HistoryEntryType.Undo,
            job.Version,
            job.Description,
            job.Script,
            ScriptChecksum.Compute(plan.Script.Text),
            success: false,
            TimeSpan.Zero,
            cancellationToken);
        return await RunInAutocommitAsync(
            job,
            async () =>
            {
                await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
                await history.DeleteAsync(connection, undoRank, CancellationToken.None);
                await history.DeleteAsync(connection, applied.Entry.InstalledRank, CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            },
            () => history.SetExecutionTimeAsync(connection, undoRank, job.Elapsed, CancellationToken.None),
            MigrationOutcome.RolledBack,
            cancellationToken);
    }

    /// <summary>
    /// Runs the jobs in one transaction, each job as one batch: its statements, then the history command
    /// <paramref name="record"/> makes for it (the first also sets the session up). A lone job needs no
    /// BEGIN and COMMIT of its own: the server runs a batch (one Sync) as one implicit transaction, so a
    /// migration costs one round trip. A lock timeout rolls everything back and starts over after a delay;
    /// any other failure rolls back and stops.
    /// </summary>
    private async Task<IReadOnlyList<MigrationResult>> RunInTransactionAsync(
        IReadOnlyList<MigrationJob> jobs, Func<MigrationJob, NpgsqlBatchCommand> record, MigrationOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = jobs[0];
            try
            {
                await using var transaction = jobs.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
                foreach (var job in jobs)
                {
                    current = job;
                    job.StartAttempt(attempt);
                    await ExecuteAsOneBatchAsync(job, configureSession: job == jobs[0], record(job), cancellationToken);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(CancellationToken.None);
                }

                return [.. jobs.Select(job => Succeeded(job, outcome))];
            }
            catch (StatementFailedException e) when (IsLockTimeout(e) && attempt <= options.LockRetries)
            {
                await WaitBeforeRetryAsync(current, attempt, e, cancellationToken);
            }
            catch (Exception e) when (e is StatementFailedException or NpgsqlException)
            {
                var failure = Failed(current, e, remedy: null);
                return [.. jobs.TakeWhile(job => job != current).Select(job => job.Result(MigrationOutcome.Undone)), failure];
            }
        }
    }

    /// <summary>
    /// Runs the job's statements one by one outside any runner transaction. A statement that hit the lock
    /// timeout is retried alone (it committed nothing); not in scripts with their own BEGIN/COMMIT, where it
    /// may be part of a transaction that is gone.
    /// </summary>
    /// <param name="complete">Records success (the dirty row is already there); not cancellable, as the work is done.</param>
    /// <param name="recordFailure">Best effort after a failure: the dirty row stays, with the time spent.</param>
    private async Task<MigrationResult> RunInAutocommitAsync(
        MigrationJob job, Func<Task> complete, Func<Task> recordFailure, MigrationOutcome outcome, CancellationToken cancellationToken)
    {
        await ConfigureSessionAsync(cancellationToken);
        foreach (var statement in job.Plan.Statements)
        {
            var indexBuild = statement.BuildsIndexConcurrently ? await IndexBuildGuard.BeforeBuildAsync(connection, cancellationToken) : null;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync(job, statement, cancellationToken);
                    break;
                }
                catch (StatementFailedException e) when (
                    IsLockTimeout(e) && job.Plan.Mode == ExecutionMode.Autocommit && attempt <= options.LockRetries)
                {
                    job.Attempts++;
                    await WaitBeforeRetryAsync(job, attempt, e, cancellationToken);

                    // After the wait: the drop needs the same locks, so it too does better once the blocker is gone.
                    if (indexBuild is not null && !await indexBuild.TryDropLeftoversAsync(cancellationToken))
                    {
                        return await FailAsync(job, e, indexBuild, recordFailure);
                    }
                }
                catch (Exception e) when (e is StatementFailedException or NpgsqlException)
                {
                    return await FailAsync(job, e, indexBuild, recordFailure);
                }
            }
        }

        await complete();
        return Succeeded(job, outcome);
    }

    private async Task ExecuteAsync(MigrationJob job, ScriptStatement statement, CancellationToken cancellationToken)
    {
        var started = job.Elapsed;

        // A batch command is sent as written: NpgsqlCommand would split it at semicolons, breaking
        // BEGIN ATOMIC function bodies and rules.
        await using var batch = new NpgsqlBatch(connection) { Timeout = 0 };
        batch.BatchCommands.Add(new NpgsqlBatchCommand(statement.Text));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new StatementFailedException(statement, e);
        }

        job.StatementsRun++;
        log?.Info(
            "statement",
            ("version", job.Version),
            ("script", job.Script),
            ("index", statement.Index),
            ("line", statement.Line),
            ("keywords", statement.Keywords),
            ("duration_ms", job.Elapsed - started));
    }

    /// <summary>
    /// The job's statements and <paramref name="record"/> in one round trip; a failure names the statement that
    /// failed. The statements are logged once they all ran (each one's own time is not known in a batch).
    /// </summary>
    private async Task ExecuteAsOneBatchAsync(MigrationJob job, bool configureSession, NpgsqlBatchCommand record, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { Timeout = 0 };
        if (configureSession)
        {
            AddSessionSettings(batch);
        }

        var statements = new Dictionary<NpgsqlBatchCommand, ScriptStatement>();
        foreach (var statement in job.Plan.Statements)
        {
            var command = new NpgsqlBatchCommand(statement.Text);
            statements.Add(command, statement);
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(record);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (FirstUnfinished(batch) is { } failed && statements.TryGetValue(failed, out var statement))
        {
            job.StatementsRun = statement.Index;
            throw new StatementFailedException(statement, e);
        }

        job.StatementsRun = job.Plan.Statements.Count;
        foreach (var statement in job.Plan.Statements)
        {
            log?.Info("statement", ("version", job.Version), ("script", job.Script), ("index", statement.Index), ("line", statement.Line), ("keywords", statement.Keywords));
        }
    }

    /// <summary>
    /// The command the server's error was about: the first without a completion. The error itself does not
    /// say (it carries no batch command when the batch runs as non-query).
    /// </summary>
    private static NpgsqlBatchCommand? FirstUnfinished(NpgsqlBatch batch) =>
        batch.BatchCommands.FirstOrDefault((NpgsqlBatchCommand command) => command.StatementType == StatementType.Unknown);

    /// <summary>Session settings, so they also cover statements outside a transaction; each migration starts from them.</summary>
    private async Task ConfigureSessionAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        AddSessionSettings(batch);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddSessionSettings(NpgsqlBatch batch)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SET lock_timeout = {Milliseconds(options.LockTimeout)}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            options.StatementTimeout is { } timeout ? $"SET statement_timeout = {Milliseconds(timeout)}" : "RESET statement_timeout"));
    }

    private async Task WaitBeforeRetryAsync(MigrationJob job, int attempt, StatementFailedException e, CancellationToken cancellationToken)
    {
        var delay = options.LockRetryDelay * Math.Pow(2, attempt - 1);
        log?.Warn(
            "retry",
            ("version", job.Version),
            ("script", job.Script),
            ("attempt", attempt + 1),
            ("delay_ms", delay),
            ("sqlstate", PostgresErrorCodes.LockNotAvailable),
            ("message", Message(e)));
        await Task.Delay(delay, cancellationToken);
    }

    private async Task<MigrationResult> FailAsync(MigrationJob job, Exception e, IndexBuildGuard? indexBuild, Func<Task> recordFailure)
    {
        var remedy = indexBuild is null ? null : await indexBuild.DescribeLeftoversAsync();
        await CleanUpAfterFailureAsync(job, recordFailure);
        return Failed(job, e, remedy);
    }

    /// <summary>Ends a transaction the script began and left open, then records the time spent on the dirty row.</summary>
    private async Task CleanUpAfterFailureAsync(MigrationJob job, Func<Task> recordFailure)
    {
        try
        {
            if (job.Plan.Mode == ExecutionMode.AsWritten)
            {
                await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
                await rollback.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await recordFailure();
        }
        catch (NpgsqlException)
        {
            // The connection is gone: the dirty row stays as it was written, which is what it is for.
        }
    }

    private void Started(MigrationJob job, string direction) =>
        log?.Info(
            "migration-start",
            ("direction", direction),
            ("version", job.Version),
            ("description", job.Description),
            ("script", job.Script),
            ("mode", job.Plan.Mode.ToString()),
            ("mode_reason", job.Plan.ModeReason));

    private MigrationResult Succeeded(MigrationJob job, MigrationOutcome outcome)
    {
        log?.Info(
            "migration-success",
            ("version", job.Version),
            ("description", job.Description),
            ("script", job.Script),
            ("outcome", outcome.ToString()),
            ("duration_ms", job.Elapsed),
            ("statements", job.StatementsRun),
            ("attempts", job.Attempts));
        return job.Result(outcome);
    }

    private MigrationResult Failed(MigrationJob job, Exception e, string? remedy)
    {
        var statement = (e as StatementFailedException)?.Statement;
        var server = e.InnerException as PostgresException ?? e as PostgresException;
        var source = job.Plan.Script.Source;
        int? line = statement is null
            ? null
            : server is { Position: > 0 } && statement.Span.Start + server.Position - 1 < statement.Span.End
                ? source.GetPosition(statement.Span.Start + server.Position - 1).Line
                : statement.Line;
        var failure = new MigrationFailure(
            Message(e),
            server?.SqlState,
            job.Script,
            line,
            statement is null ? null : settings.Redact(Excerpt(statement.Text)),
            remedy is null ? null : settings.Redact(remedy));
        log?.Error(
            "migration-failure",
            ("version", job.Version),
            ("description", job.Description),
            ("script", job.Script),
            ("line", line),
            ("sqlstate", failure.SqlState),
            ("message", failure.Message),
            ("remedy", failure.Remedy),
            ("duration_ms", job.Elapsed),
            ("attempts", job.Attempts));
        return job.Result(MigrationOutcome.Failed, failure);
    }

    private string Message(Exception e)
    {
        var cause = e is StatementFailedException ? e.InnerException! : e;
        var text = cause is PostgresException server
            ? server.MessageText + (server.Hint is { Length: > 0 } hint ? $" (hint: {hint})" : "")
            : DatabaseConnector.Describe(cause);
        return settings.Redact(text);
    }

    private static bool IsLockTimeout(StatementFailedException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };

    private static string Milliseconds(TimeSpan value) =>
        ((long)Math.Max(0, value.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The statement on one line, cut to a readable length.</summary>
    private static string Excerpt(string text)
    {
        const int limit = 160;
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= limit ? flat : flat[..(limit - 1)] + "…";
    }
}
