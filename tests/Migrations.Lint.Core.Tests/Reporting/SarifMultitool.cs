using Migrations.Lint.Core.Tests.Testing;
using System.Diagnostics;
using System.Text.Json;
using Migrations.Lint.Core.Tests.Snapshots;

namespace Migrations.Lint.Core.Tests.Reporting;

/// <summary>
/// Microsoft's SARIF validator (npm @microsoft/sarif-multitool, installed into tests/oracle by
/// build/install-oracle.sh), run with the SARIF-spec and GitHub Advanced Security rule sets.
/// </summary>
internal static class SarifMultitool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The validator's error and warning findings about a SARIF log (its notes are advice only).</summary>
    public static IReadOnlyList<string> Problems(string sarif)
    {
        var directory = Directory.CreateTempSubdirectory("migrations-lint-sarif-");
        try
        {
            var sarifFile = Path.Combine(directory.FullName, "report.sarif");
            File.WriteAllText(sarifFile, sarif);
            return Validate(sarifFile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<string> Validate(string sarifFile)
    {
        var executable = Executable();
        Assert.True(
            File.Exists(executable),
            $"SARIF multitool not found at {executable}. Run build/install-oracle.sh to install the test oracles.");

        var validationLog = Path.Combine(Path.GetDirectoryName(sarifFile)!, "validation.sarif");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "validate", "--rule-kind", "Sarif;Ghas", "--output", validationLog, sarifFile },
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The SARIF multitool did not finish within {Timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"The SARIF multitool failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");

        using var log = JsonDocument.Parse(File.ReadAllText(validationLog));
        var problems = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                // SARIF's default level is "warning".
                var level = result.TryGetProperty("level", out var value) ? value.GetString() : "warning";
                if (level is "error" or "warning")
                {
                    problems.Add($"{level} {result.GetProperty("ruleId").GetString()}: {result.GetProperty("message")}");
                }
            }
        }

        return problems;
    }

    private static string Executable()
    {
        var (platform, file) =
            OperatingSystem.IsWindows() ? ("win32", "Sarif.Multitool.exe")
            : OperatingSystem.IsMacOS() ? ("darwin", "Sarif.Multitool")
            : ("linux", "Sarif.Multitool");
        return Path.Combine(
            RepositoryPaths.Root, "tests", "oracle", "node_modules", "@microsoft", $"sarif-multitool-{platform}", file);
    }
}
