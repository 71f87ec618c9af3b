using System.CommandLine;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint apply [paths…]</c>: lint, then apply the pending migrations to one database or several.
/// Exit 0 when all applied, 1 when lint, the manifest or a preflight check refused, 2 when a migration (or
/// the backup before it) failed, 5 on a usage, configuration or connection error; with several databases,
/// the worst of theirs.
/// </summary>
internal static class ApplyCommand
{
    /// <summary>Where <c>--backup</c> writes unless <c>--backup-dir</c> says otherwise, relative to the working directory.</summary>
    public const string DefaultBackupDirectory = "migrate-lint-backups";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForApplying();
        var steps = new Option<int?>("--steps") { Description = "Apply at most this many pending migrations." };
        var target = new Option<string?>("--target") { Description = "Apply pending migrations up to and including this version." };
        var force = new Option<bool>("--force") { Description = "Apply even when lint finds errors." };
        var ephemeral = new Option<bool>("--ephemeral") { Description = "Apply to a temporary local PostgreSQL (initdb/pg_ctl), then delete it: a full trial run with no database." };
        var backup = new Option<bool>("--backup") { Description = $"pg_dump each database (custom format) before applying anything to it; no backup, no apply. Into ./{DefaultBackupDirectory}/ unless --backup-dir." };
        var backupDirectory = new Option<string?>("--backup-dir") { Description = "The folder for --backup's files." };
        var preflight = new Option<bool>("--preflight")
        {
            Description = "Run preflight's checks on each database first (transactions open over 30s, blocked sessions, dirty migrations) and apply nothing there if one fails.",
        };
        var parallel = new Option<int>("--parallel") { Description = "With several databases, apply to this many at a time (default 1).", DefaultValueFactory = _ => 1 };

        var command = new Command("apply", "Lint, then apply the pending migrations in order.") { steps, target, force, ephemeral, backup, backupDirectory, preflight, parallel };
        command.Aliases.Add("up");
        command.Aliases.Add("migrate");
        commandLine.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(steps) is < 0)
            {
                throw new UsageException($"--steps must be zero or more, not {result.GetValue(steps)}");
            }

            if (result.GetValue(parallel) < 1)
            {
                throw new UsageException($"--parallel must be at least 1, not {result.GetValue(parallel)}");
            }

            if (result.GetValue(backupDirectory) is not null && !result.GetValue(backup))
            {
                throw new UsageException("--backup-dir needs --backup");
            }

            var apply = new ApplyRun(
                commandLine,
                result,
                new ApplyRequest(
                    result.GetValue(steps),
                    TargetVersion.Parse(result.GetValue(target)),
                    result.GetValue(commandLine.DryRun),
                    result.GetValue(backup) ? Path.GetFullPath(result.GetValue(backupDirectory) ?? DefaultBackupDirectory) : null),
                result.GetValue(force),
                result.GetValue(preflight),
                output,
                error);

            if (!result.GetValue(ephemeral))
            {
                return await apply.RunAsync(result.GetValue(parallel), cancellationToken);
            }

            if (result.GetValue(commandLine.Connections) is { Length: > 0 })
            {
                throw new UsageException("--ephemeral and --connection cannot be used together");
            }

            return await TemporaryCluster.RunAsync(
                connectionString =>
                {
                    var connection = ConnectionSettings.Parse(connectionString);
                    return apply.RunAsync([new ApplyTarget(connection.Display, connection)], parallel: 1, cancellationToken);
                },
                error,
                cancellationToken);
        });
        return command;
    }
}
