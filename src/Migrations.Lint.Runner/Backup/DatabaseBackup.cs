using System.Diagnostics;
using System.Globalization;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Ephemeral;

namespace Migrations.Lint.Runner.Backup;

/// <summary>
/// Runs <c>pg_dump</c> into a new file. The connection reaches pg_dump through libpq's environment
/// variables, so the password never appears in a process listing or in a message.
/// </summary>
internal static class DatabaseBackup
{
    /// <summary>What pg_dump writes: one file, compressed, restorable in part or whole by pg_restore.</summary>
    private const string Format = "--format=custom";

    /// <exception cref="RunnerException">
    /// <see cref="RunnerErrorKind.Configuration"/> when pg_dump is not installed or the directory cannot be
    /// written; <see cref="RunnerErrorKind.Backup"/> when pg_dump fails.
    /// </exception>
    public static async Task<BackupFile> CreateAsync(ConnectionSettings connection, string directory, TimeProvider time, CancellationToken cancellationToken)
    {
        var pgDump = PostgresPrograms.Find("pg_dump") ?? throw new RunnerException(
            RunnerErrorKind.Configuration,
            "--backup needs pg_dump, which is not on PATH or under /usr/lib/postgresql/*/bin; install the PostgreSQL client package, or leave out --backup");
        var path = Reserve(directory, connection.Database ?? "postgres", time.GetUtcNow());
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Format, "--no-password", "--file", path })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in connection.LibpqEnvironment())
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw Failed(connection, path, $"could not start {pgDump}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            File.Delete(path);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw Failed(connection, path, $"exited with {process.ExitCode}: {OneLine(await error + await output)}");
        }

        return new BackupFile(path, new FileInfo(path).Length, stopwatch.Elapsed);
    }

    /// <summary>
    /// Creates the empty file pg_dump will fill: readable by its owner only (it holds the data), and never
    /// one another run (another target with the same database name, in the same second) already took.
    /// </summary>
    private static string Reserve(string directory, string database, DateTimeOffset now)
    {
        var safeName = string.Concat(database.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var stem = Path.Combine(directory, $"{safeName}-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        try
        {
            Directory.CreateDirectory(directory);
            for (var attempt = 1; ; attempt++)
            {
                var path = attempt == 1 ? stem + ".dump" : string.Create(CultureInfo.InvariantCulture, $"{stem}-{attempt}.dump");
                try
                {
                    var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                    if (!OperatingSystem.IsWindows())
                    {
                        options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                    }

                    using var file = new FileStream(path, options);
                    return path;
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Taken: try the next suffix.
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunnerException(RunnerErrorKind.Configuration, $"cannot write the backup to {directory}: {e.Message}");
        }
    }

    private static RunnerException Failed(ConnectionSettings connection, string path, string reason)
    {
        File.Delete(path);
        return new RunnerException(RunnerErrorKind.Backup, connection.Redact($"backup of {connection.Display} failed, so nothing was applied: pg_dump {reason}"));
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
