namespace Migrations.Lint.MSBuild.Tests;

/// <summary>What a dotnet command did: its exit code, its MSBuild log and anything it printed itself.</summary>
public sealed record BuildResult(int ExitCode, string Log, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>How many log lines contain <paramref name="text"/>.</summary>
    public int LinesContaining(string text) =>
        Log.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>The whole log, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Log}";
}
