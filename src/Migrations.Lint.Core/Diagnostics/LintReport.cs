namespace Migrations.Lint.Diagnostics;

/// <summary>The outcome of one lint run: what reporters render.</summary>
public sealed record LintReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RuleDescriptor> EnabledRules,
    int FileCount)
{
    public int ErrorCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Warning);

    public int NoteCount => Diagnostics.Count(d => !d.IsSuppressed && d.Severity == Severity.Note);

    public int SuppressedCount => Diagnostics.Count(d => d.IsSuppressed);
}
