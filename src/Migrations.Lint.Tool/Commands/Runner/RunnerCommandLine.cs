using System.CommandLine;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// The arguments and options every runner command shares (paths, connection, config, history table, log,
/// format) and, for the commands that change the database, how they run (timeouts, retries, transactions).
/// </summary>
internal sealed class RunnerCommandLine
{
    private readonly bool _changesDatabase;
    private readonly bool _takesLock;
    private readonly bool _manyTargets;

    private RunnerCommandLine(bool changesDatabase, bool takesLock, bool manyTargets = false)
    {
        _changesDatabase = changesDatabase;
        _takesLock = takesLock;
        _manyTargets = manyTargets;
        Format.AcceptOnlyFromAmong("text", "json");
        Transactions.AcceptOnlyFromAmong("per-migration", "all", "none");
    }

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Migration files or directories (default: the config's \"migrations\", else the current directory).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Connection { get; } = new("--connection", "-c")
    {
        Description = $"postgres:// URL or Npgsql keywords (default: ${ConnectionSettings.EnvironmentVariable}).",
    };

    /// <summary>The <c>--connection</c> of <see cref="ForApplying"/>, which may be given once per target database.</summary>
    public Option<string[]> Connections { get; } = new("--connection", "-c")
    {
        Description = $"postgres:// URL or Npgsql keywords; repeat to apply to several databases (default: the config's runner targets, else ${ConnectionSettings.EnvironmentVariable}).",
    };

    public Option<string?> Manifest { get; } = new("--manifest")
    {
        Description = "Run exactly the migrations of this build-validated migrations.manifest.json, refusing any file whose SHA-256 changed.",
    };

    public Option<string?> ConfigPath { get; } = new("--config") { Description = "Use this migrate-lint.json instead of searching upwards from the first path." };

    public Option<string?> HistoryTable { get; } = new("--history-table") { Description = "schema.name of the history table (default public.migrate_lint_history)." };

    public Option<string?> LogFile { get; } = new("--log-file") { Description = "Append what happens to this file as JSON Lines." };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Show what would run; change nothing." };

    public Option<string?> LockTimeout { get; } = new("--lock-timeout") { Description = "SET lock_timeout for each migration (default 5s)." };

    public Option<string?> StatementTimeout { get; } = new("--statement-timeout") { Description = "SET statement_timeout for each migration (default: the server's)." };

    public Option<int?> LockRetries { get; } = new("--lock-retries") { Description = "Retries after a lock timeout, with doubling delays (default 3)." };

    public Option<string?> LockWait { get; } = new("--lock-wait") { Description = "How long to wait for another runner's migration lock (default 1m)." };

    public Option<string?> Transactions { get; } = new("--transaction-mode")
    {
        Description = "per-migration (default), all (one transaction for the run) or none (autocommit).",
    };

    /// <summary>For status, validate, preflight and postflight, which only read.</summary>
    public static RunnerCommandLine ForReading() => new(changesDatabase: false, takesLock: false);

    /// <summary>For repair and baseline, which only write history rows but wait for the migration lock to do it.</summary>
    public static RunnerCommandLine ForHistoryChanges() => new(changesDatabase: false, takesLock: true);

    /// <summary>For rollback and cycle.</summary>
    public static RunnerCommandLine ForChanging() => new(changesDatabase: true, takesLock: true);

    /// <summary>For apply, which takes several target databases.</summary>
    public static RunnerCommandLine ForApplying() => new(changesDatabase: true, takesLock: true, manyTargets: true);

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(_manyTargets ? Connections : Connection);
        command.Add(ConfigPath);
        command.Add(HistoryTable);
        command.Add(Format);
        if (_takesLock)
        {
            command.Add(LockWait);
        }

        if (_changesDatabase)
        {
            command.Add(Manifest);
            command.Add(DryRun);
            command.Add(LogFile);
            command.Add(LockTimeout);
            command.Add(StatementTimeout);
            command.Add(LockRetries);
            command.Add(Transactions);
        }
    }

    public bool IsJson(ParseResult result) => result.GetValue(Format) == "json";

    /// <summary>The one <c>--connection</c> of a command that takes one; null when absent (then DATABASE_URL applies).</summary>
    public string? SingleConnection(ParseResult result) => _manyTargets ? null : result.GetValue(Connection);

    /// <summary>The options of <paramref name="configured"/> (migrate-lint.json) with the command line's on top.</summary>
    /// <exception cref="UsageException">A value that does not parse.</exception>
    public RunnerOptions Options(ParseResult result, RunnerOptions configured)
    {
        var options = result.GetValue(HistoryTable) is { } table
            ? configured with { HistoryTable = RunnerConfigSettings.HistoryTable(table) }
            : configured;
        if (_takesLock)
        {
            options = options with { LockWait = Duration(result, LockWait) ?? options.LockWait };
        }

        if (!_changesDatabase)
        {
            return options;
        }

        return options with
        {
            LockTimeout = Duration(result, LockTimeout) ?? options.LockTimeout,
            StatementTimeout = Duration(result, StatementTimeout) ?? options.StatementTimeout,
            LockRetries = result.GetValue(LockRetries) ?? options.LockRetries,
            TransactionMode = result.GetValue(Transactions) is { } mode ? RunnerConfigSettings.TransactionModeNamed(mode)!.Value : options.TransactionMode,
        };
    }

    private static TimeSpan? Duration(ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? DurationText.Parse(text, option.Name) : null;
}
