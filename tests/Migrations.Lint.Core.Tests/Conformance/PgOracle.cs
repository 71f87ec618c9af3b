using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// Runs PostgreSQL's own parser (libpg-query, via <c>tests/oracle/pg-oracle.mjs</c>) over a directory in one
/// Node.js process. A missing Node.js or npm install is an error, never a skip: a conformance test that
/// silently does not run is worse than none.
/// </summary>
public static class PgOracle
{
    private const string InstallHint = "Run build/install-oracle.sh (needs Node.js 18+ and npm) before the tests.";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task<OracleReport> RunAsync(string repositoryRoot, string corpusDirectory)
    {
        var oracleDirectory = Path.Combine(repositoryRoot, "tests", "oracle");
        var libpgQuery = Path.Combine(oracleDirectory, "node_modules", "libpg-query", "package.json");
        if (!File.Exists(libpgQuery))
        {
            throw new InvalidOperationException($"libpg-query is not installed ({libpgQuery} is missing). {InstallHint}");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(oracleDirectory, "pg-oracle.mjs"));
        startInfo.ArgumentList.Add(corpusDirectory);

        using var process = Start(startInfo);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pg-oracle.mjs did not finish within {Timeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg-oracle.mjs exited with {process.ExitCode}: {await errors}\n{InstallHint}");
        }

        return JsonSerializer.Deserialize<OracleReport>(await output, JsonOptions)
            ?? throw new InvalidOperationException("pg-oracle.mjs printed no report.");
    }

    private static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException("Node.js did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Node.js (`node`) is not on PATH. {InstallHint}", exception);
        }
    }
}
