using System.Diagnostics;
using System.Text;

namespace Migrations.Lint.Tool.Tests.Runner;

/// <summary>
/// The built CLI (<c>dotnet-migrate-lint.dll</c>, copied next to the tests by the project reference) run as
/// a real child process that runs while the test watches, for what only a process can show: being killed,
/// and several runs at once.
/// </summary>
internal sealed class RunningTool : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private RunningTool(Process process) => _process = process;

    public static RunningTool Start(params string[] args)
    {
        var start = new ProcessStartInfo(ToolProcess.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolProcess.Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new RunningTool(new Process { StartInfo = start });
        process._process.OutputDataReceived += (_, e) => Append(process._output, e.Data);
        process._process.ErrorDataReceived += (_, e) => Append(process._error, e.Data);
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await process.WaitAsync();
    }

    /// <summary>Waits for the exit (failing the test after a minute) and returns the exit code and both streams.</summary>
    public async Task<CliRun> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"dotnet-migrate-lint did not exit within {ExitTimeout}: {Text(_error)}");
        }

        return new CliRun(_process.ExitCode, Text(_output), Text(_error));
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process and its children at once, as a deploy job that is cancelled or an OOM kill would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
