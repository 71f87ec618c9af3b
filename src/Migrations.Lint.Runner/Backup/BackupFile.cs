namespace Migrations.Lint.Runner.Backup;

/// <summary>The <c>pg_dump --format=custom</c> taken before an apply changed the database; <c>pg_restore</c> reads it.</summary>
public sealed record BackupFile(string Path, long Bytes, TimeSpan Duration);
