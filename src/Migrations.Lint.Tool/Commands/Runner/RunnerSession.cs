using System.CommandLine;
using Migrations.Lint.Config;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// One runner command's setup: the configuration, the migrations, the connection and the runner; and the
/// policy that every refusal is one redacted line on standard error with the runbook's exit code.
/// </summary>
internal sealed class RunnerSession : IDisposable
{
    private readonly StreamWriter? _logWriter;

    private RunnerSession(
        EffectiveConfiguration config,
        IReadOnlyList<string> paths,
        IReadOnlyList<Migration> migrations,
        ConnectionSettings connection,
        MigrationRunner runner,
        StreamWriter? logWriter)
    {
        Config = config;
        Paths = paths;
        Migrations = migrations;
        Connection = connection;
        Runner = runner;
        _logWriter = logWriter;
    }

    public EffectiveConfiguration Config { get; }

    /// <summary>The paths as the lint pipeline takes them: empty means the config's "migrations".</summary>
    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<Migration> Migrations { get; }

    public ConnectionSettings Connection { get; }

    public MigrationRunner Runner { get; }

    public static string WorkingDirectory => Directory.GetCurrentDirectory();

    /// <summary>Sets up a session and runs <paramref name="body"/> in it, turning refusals into exit codes.</summary>
    /// <param name="commandFailed">The exit code for the runner's own statements failing mid-command.</param>
    /// <param name="connectionOverride">Used instead of --connection and DATABASE_URL (a temporary cluster).</param>
    public static async Task<int> RunAsync(
        RunnerCommandLine commandLine,
        ParseResult result,
        TextWriter error,
        ExitCode commandFailed,
        IRunProgress? progress,
        Func<RunnerSession, Task<int>> body,
        string? connectionOverride = null)
    {
        try
        {
            using var session = Open(commandLine, result, error, progress, connectionOverride);
            return session is null ? (int)ExitCode.UsageError : await body(session);
        }
        catch (RunnerException refused)
        {
            error.WriteLine($"migrate-lint: {refused.Message}");
            return (int)RunnerExitCodes.For(refused.Kind, commandFailed);
        }
    }

    public void Dispose() => _logWriter?.Dispose();

    /// <returns>Null when the configuration has errors, which are written to <paramref name="error"/>.</returns>
    private static RunnerSession? Open(
        RunnerCommandLine commandLine, ParseResult result, TextWriter error, IRunProgress? progress, string? connectionOverride)
    {
        var requested = result.GetValue(commandLine.Paths) ?? [];
        var workingDirectory = WorkingDirectory;
        var rules = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        var loaded = ConfigLoader.Load(requested.Length > 0 ? requested[0] : workingDirectory, result.GetValue(commandLine.ConfigPath), ConfigOverrides.None, rules);
        if (!loaded.Succeeded)
        {
            foreach (var configError in loaded.Errors)
            {
                error.WriteLine($"migrate-lint: {configError}");
            }

            return null;
        }

        var config = loaded.Value!;
        if (config.Dialect == DialectSetting.SqlServer)
        {
            throw new UsageException("the runner supports PostgreSQL only; this configuration's dialect is sqlserver");
        }

        IReadOnlyList<string> paths = requested.Length == 0 && config.ConfigPath is null ? [workingDirectory] : requested;
        var migrations = Discover(paths, config, workingDirectory);
        var options = commandLine.Options(result, RunnerConfigSettings.Read(config.Runner));
        var connection = ConnectionSettings.Resolve(connectionOverride ?? result.GetValue(commandLine.Connection), Environment.GetEnvironmentVariable);

        var logWriter = result.GetValue(commandLine.LogFile) is { } logFile ? OpenLog(logFile) : null;
        var log = logWriter is null ? null : new MigrationEventLog(logWriter, connection);
        return new RunnerSession(config, paths, migrations, connection, new MigrationRunner(connection, options, log, progress), logWriter);
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

    private static StreamWriter OpenLog(string path)
    {
        try
        {
            return new StreamWriter(path, append: true, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot open the log file {path}: {e.Message}");
        }
    }
}
