using System.Diagnostics;

namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>Runs a program to completion, as the <c>postgres</c> OS user when we are root (initdb and pg_ctl refuse root).</summary>
internal static class PostgresProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the program fails or hangs.</exception>
    public static void RunAsPostgres(string program, params string[] arguments) =>
        Run(IsRoot ? "runuser" : program, IsRoot ? ["-u", "postgres", "--", program, .. arguments] : arguments);

    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Connection"/> when the program fails or hangs.</exception>
    public static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw Failed($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw Failed($"{program} {string.Join(' ', arguments)} did not finish within {Limit}");
        }

        if (process.ExitCode != 0)
        {
            throw Failed($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {OneLine(error.Result + output.Result)}");
        }
    }

    private static RunnerException Failed(string message) => new(RunnerErrorKind.Connection, "temporary cluster: " + message);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
