using System.Diagnostics;
using System.Globalization;
using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>Progress on standard error (<c>[2/5] V2__x.sql</c>, then its outcome and the time so far), so standard output stays the result.</summary>
internal sealed class StderrProgress(TextWriter error) : IRunProgress
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public void Starting(int number, int count, string script) =>
        error.WriteLine($"[{number}/{count}] {script} ...");

    public void Finished(int number, int count, MigrationResult result) =>
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{number}/{count}] {RunResultText.Outcome(result.Outcome)} in {result.Duration.TotalMilliseconds:0} ms ({_elapsed.Elapsed.TotalSeconds:0.0} s elapsed)"));
}
