namespace Migrations.Lint.Runner;

/// <summary>Whether the migrations on disk still match what the database ran.</summary>
public sealed record ValidationReport(IReadOnlyList<ChecksumDrift> Drift)
{
    public bool IsValid => Drift.Count == 0;
}
