namespace Migrations.Lint.Runner;

public enum MigrationState
{
    Applied,
    Pending,

    /// <summary>Its history row says unsuccessful: it failed (or was killed) half-way and the database is dirty.</summary>
    Failed,

    /// <summary>Applied, but the file has changed since (the checksums differ).</summary>
    ChecksumChanged,

    /// <summary>In the history, but no file on disk has its version (or, for a repeatable, its description).</summary>
    MissingOnDisk,

    /// <summary>Not applied, yet older than the newest applied migration: refused unless out-of-order is allowed.</summary>
    OutOfOrder,
}
