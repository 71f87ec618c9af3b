using System.CommandLine;
using Migrations.Lint.Config;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Runner.Manifests;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// One runner command's setup: the configuration, the migrations, the connection and the runner; and the
/// policy that every refusal is one redacted line on standard error with the runbook's exit code.
/// </summary>
internal sealed class RunnerSession : IDisposable
{
    private readonly StreamWriter? _logWriter;

    private RunnerSession(RunnerInputs inputs, ConnectionSettings connection, MigrationRunner runner, StreamWriter? logWriter)
    {
        Inputs = inputs;
        Connection = connection;
        Runner = runner;
        _logWriter = logWriter;
    }

    /// <summary>The configuration, the migrations and the options: the same for every database of a command.</summary>
    public RunnerInputs Inputs { get; }

    public EffectiveConfiguration Config => Inputs.Config;

    public IReadOnlyList<Migration> Migrations => Inputs.Migrations;

    public RunnerOptions Options => Inputs.Options;

    public ConnectionSettings Connection { get; }

    public MigrationRunner Runner { get; }

    public static string WorkingDirectory => Directory.GetCurrentDirectory();

    /// <summary>Sets up a session and runs <paramref name="body"/> in it, turning refusals into exit codes.</summary>
    /// <param name="commandFailed">The exit code for the runner's own statements failing mid-command.</param>
    /// <param name="connectionOverride">Used instead of --connection and DATABASE_URL (a temporary cluster).</param>
    public static Task<int> RunAsync(
        RunnerCommandLine commandLine,
        ParseResult result,
        TextWriter error,
        ExitCode commandFailed,
        IRunProgress? progress,
        Func<RunnerSession, Task<int>> body,
        string? connectionOverride = null) =>
        RunAsync(
            commandLine,
            result,
            error,
            commandFailed,
            progress,
            body,
            () => ConnectionSettings.Resolve(connectionOverride ?? commandLine.SingleConnection(result), Environment.GetEnvironmentVariable),
            inputs: null,
            sharedLog: null);

    /// <summary>
    /// <see cref="RunAsync(RunnerCommandLine, ParseResult, TextWriter, ExitCode, IRunProgress?, Func{RunnerSession, Task{int}}, string?)"/>
    /// on inputs loaded once for several databases (<see cref="LoadInputs"/>): its events go to
    /// <paramref name="sharedLog"/> (one writer for all, safe across threads) marked with the target's name.
    /// </summary>
    public static Task<int> RunAsync(
        RunnerCommandLine commandLine,
        ParseResult result,
        TextWriter error,
        ExitCode commandFailed,
        IRunProgress? progress,
        Func<RunnerSession, Task<int>> body,
        RunnerInputs inputs,
        ApplyTarget target,
        TextWriter? sharedLog) =>
        RunAsync(commandLine, result, error, commandFailed, progress, body, () => target.Connection, inputs, sharedLog is null ? null : (sharedLog, target.Name));

    public void Dispose() => _logWriter?.Dispose();

    /// <summary>The configuration the runner commands read (migrate-lint.json found from the first path, or --config).</summary>
    /// <returns>Null when it has errors, which are written to <paramref name="error"/>.</returns>
    /// <exception cref="UsageException">It selects SQL Server, which the runner does not run.</exception>
    public static EffectiveConfiguration? LoadConfiguration(RunnerCommandLine commandLine, ParseResult result, TextWriter error)
    {
        var requested = result.GetValue(commandLine.Paths) ?? [];
        var rules = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        var loaded = ConfigLoader.Load(requested.Length > 0 ? requested[0] : WorkingDirectory, result.GetValue(commandLine.ConfigPath), ConfigOverrides.None, rules);
        if (!loaded.Succeeded)
        {
            foreach (var configError in loaded.Errors)
            {
                error.WriteLine($"migrate-lint: {configError}");
            }

            return null;
        }

        return loaded.Value!.Dialect == DialectSetting.SqlServer
            ? throw new UsageException("the runner supports PostgreSQL only; this configuration's dialect is sqlserver")
            : loaded.Value;
    }

    /// <summary>Opens the log file <c>--log-file</c> names; null without one.</summary>
    /// <exception cref="UsageException">It cannot be opened.</exception>
    public static StreamWriter? OpenLog(RunnerCommandLine commandLine, ParseResult result)
    {
        if (result.GetValue(commandLine.LogFile) is not { } path)
        {
            return null;
        }

        try
        {
            return new StreamWriter(path, append: true, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot open the log file {path}: {e.Message}");
        }
    }

    private static async Task<int> RunAsync(
        RunnerCommandLine commandLine,
        ParseResult result,
        TextWriter error,
        ExitCode commandFailed,
        IRunProgress? progress,
        Func<RunnerSession, Task<int>> body,
        Func<ConnectionSettings> connection,
        RunnerInputs? inputs,
        (TextWriter Writer, string Target)? sharedLog)
    {
        try
        {
            using var session = Open(commandLine, result, error, progress, connection, inputs, sharedLog);
            return session is null ? (int)ExitCode.UsageError : await body(session);
        }
        catch (RunnerException refused)
        {
            error.WriteLine($"migrate-lint: {refused.Message}");
            return (int)RunnerExitCodes.For(refused.Kind, commandFailed);
        }
    }

    /// <summary>What a command works on, whichever database: the configuration, the migrations (discovered, or from a checked manifest) and the options.</summary>
    /// <returns>Null when the configuration has errors, which are written to <paramref name="error"/>.</returns>
    /// <exception cref="UsageException">Paths and <c>--manifest</c> together, a path that does not exist, an option that does not parse.</exception>
    /// <exception cref="RunnerException">The manifest cannot be read or a file differs from it.</exception>
    public static RunnerInputs? LoadInputs(RunnerCommandLine commandLine, ParseResult result, TextWriter error)
    {
        if (LoadConfiguration(commandLine, result, error) is not { } config)
        {
            return null;
        }

        var requested = result.GetValue(commandLine.Paths) ?? [];
        var manifest = result.GetValue(commandLine.Manifest);
        if (manifest is not null && requested.Length > 0)
        {
            throw new UsageException("--manifest names the migrations; leave out the paths");
        }

        var workingDirectory = WorkingDirectory;
        IReadOnlyList<string> paths = requested.Length == 0 && config.ConfigPath is null ? [workingDirectory] : requested;
        var migrations = manifest is null ? Discover(paths, config, workingDirectory) : ValidatedManifest.Load(manifest);
        return new RunnerInputs(config, paths, migrations, manifest, commandLine.Options(result, RunnerConfigSettings.Read(config.Runner)));
    }

    /// <returns>Null when the configuration has errors, which are written to <paramref name="error"/>.</returns>
    private static RunnerSession? Open(
        RunnerCommandLine commandLine,
        ParseResult result,
        TextWriter error,
        IRunProgress? progress,
        Func<ConnectionSettings> resolveConnection,
        RunnerInputs? loaded,
        (TextWriter Writer, string Target)? sharedLog)
    {
        if ((loaded ?? LoadInputs(commandLine, result, error)) is not { } inputs)
        {
            return null;
        }

        var connection = resolveConnection();
        var logWriter = sharedLog is null ? OpenLog(commandLine, result) : null;
        var log = sharedLog is { } shared ? new MigrationEventLog(shared.Writer, connection, target: shared.Target)
            : logWriter is null ? null
            : new MigrationEventLog(logWriter, connection);
        return new RunnerSession(inputs, connection, new MigrationRunner(connection, inputs.Options, log, progress), logWriter);
    }

    private static IReadOnlyList<Migration> Discover(IReadOnlyList<string> paths, EffectiveConfiguration config, string workingDirectory)
    {
        var fromConfig = paths.Count == 0;
        var set = MigrationSet.Discover(
            fromConfig ? config.Migrations : paths,
            new DiscoveryOptions { Excludes = config.Exclude, BaseDirectory = fromConfig ? config.ConfigDirectory : workingDirectory, Dialect = Dialect.Postgres });
        if (set.Findings.FirstOrDefault(finding => finding.Kind == DiscoveryFindingKind.InputNotFound) is { } missing)
        {
            throw new UsageException(missing.ToString());
        }

        return set.Migrations;
    }
}
