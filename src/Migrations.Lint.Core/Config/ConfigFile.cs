using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Config;

/// <summary>What one <c>migrate-lint.json</c> says; a null property was not given in the file.</summary>
public sealed record ConfigFile(string Path)
{
    /// <summary>The folder that <see cref="Migrations"/> and <see cref="Exclude"/> globs are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? "";

    public DialectSetting? Dialect { get; init; }

    public int? PgVersion { get; init; }

    public IReadOnlyList<string>? Migrations { get; init; }

    public IReadOnlyList<string>? Exclude { get; init; }

    /// <summary>Severities chosen in <c>"rules"</c>, keyed by rule name (codes are already resolved to names).</summary>
    public IReadOnlyDictionary<string, Severity> Rules { get; init; } = new Dictionary<string, Severity>();

    public bool? AssumeInTransaction { get; init; }

    public string? StartAfter { get; init; }

    public bool? RequireDownScripts { get; init; }

    public RunnerSection? Runner { get; init; }
}
