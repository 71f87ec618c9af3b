using Migrations.Lint.Sql;

namespace Migrations.Lint.Diagnostics;

/// <summary>The outcome of one lint run: what reporters render.</summary>
public sealed record LintReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RuleDescriptor> EnabledRules,
    int FileCount)
{
    /// <summary>The dialect each linted file was read in and why; empty when the caller did not record it.</summary>
    public IReadOnlyList<FileDialect> Dialects { get; init; } = [];

    public int ErrorCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Warning);

    public int NoteCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Note);

    public int SuppressedCount => Diagnostics.Count(d => d.IsSuppressed);
}
