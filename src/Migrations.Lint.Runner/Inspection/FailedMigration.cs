namespace Migrations.Lint.Runner.Inspection;

/// <summary>A history row with success = false: the migration failed or was killed half-way and the database is dirty.</summary>
public sealed record FailedMigration(int InstalledRank, string? Version, string Description, string Script, DateTimeOffset InstalledOn);
