using System.Diagnostics;

namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>Runs a program to completion, as the <c>postgres</c> OS user when we are root (initdb and pg_ctl refuse root).</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    public static void RunAsPostgres(string program, params string[] arguments) =>
        Run(IsRoot ? "runuser" : program, IsRoot ? ["-u", "postgres", "--", program, .. arguments] : arguments);

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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {Limit}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
