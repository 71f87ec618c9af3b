namespace Migrations.Lint.Runner;

/// <summary>An applied migration whose file no longer matches what ran.</summary>
public sealed record ChecksumDrift(string? Version, string Description, string Script, string AppliedChecksum, string CurrentChecksum);
