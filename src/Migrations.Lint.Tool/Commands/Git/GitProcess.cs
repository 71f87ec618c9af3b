using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Migrations.Lint.Tool.Commands.Git;

/// <summary>
/// Starts git in a folder. The environment is inherited on purpose: inside a pre-commit hook git sets
/// <c>GIT_INDEX_FILE</c> to the index being committed (a temporary one for <c>git commit -a</c>).
/// </summary>
internal static class GitProcess
{
    /// <param name="captureError">
    /// False for a long-lived process nobody reads the standard error of while it runs: its warnings go to
    /// ours, instead of filling a pipe until git blocks.
    /// </param>
    public static Process Start(string directory, IEnumerable<string> arguments, bool redirectInput = false, bool captureError = true)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = captureError,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = captureError ? Encoding.UTF8 : null,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new UsageException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new UsageException("git is not installed or not on PATH; --staged, --changed-since and --hook need it");
        }
    }

    /// <summary>Runs git to the end; the exit code, standard output and the first line of standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string directory, params string[] arguments)
    {
        using var git = Start(directory, arguments);
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        var firstErrorLine = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return (git.ExitCode, output, firstErrorLine);
    }
}
