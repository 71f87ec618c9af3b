using System.Diagnostics;
using System.Globalization;
using Migrations.Lint.Runner;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>Progress on standard error (<c>[2/5] V2__x.sql</c>, then its outcome and the time so far), so standard output stays the result.</summary>
/// <param name="target">With several databases, each line starts with the database's name in brackets.</param>
internal sealed class StderrProgress(TextWriter error, string? target = null) : IRunProgress
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly string _prefix = target is null ? "" : $"[{target}] ";

    public void Starting(int number, int count, string script) =>
        error.WriteLine($"{_prefix}[{number}/{count}] {script} ...");

    public void Finished(int number, int count, MigrationResult result) =>
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{_prefix}[{number}/{count}] {RunResultText.Outcome(result.Outcome)} in {result.Duration.TotalMilliseconds:0} ms ({_elapsed.Elapsed.TotalSeconds:0.0} s elapsed)"));
}
