using System.Diagnostics;

namespace Migrations.Lint.Tool.Tests;

/// <summary>
/// The built tool run as its own process, in a folder of the test's choosing: git-aware commands read the
/// current directory, which an in-process run would have to change for every test at once.
/// </summary>
internal static class ToolProcess
{
    /// <summary>The tool as the test project's build copied it, next to the tests.</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "dotnet-migrate-lint.dll");

    /// <summary>The dotnet host running the tests; <c>dotnet test</c> names it, else the one on PATH.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static CliRun Run(string directory, params string[] args) => Start(DotnetHost, directory, [Assembly, .. args]);

    public static CliRun Start(string fileName, string directory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }
}
