namespace Migrations.Lint.Migrations;

/// <summary>What discovery noticed about the files, before any SQL is parsed.</summary>
public enum DiscoveryFindingKind
{
    /// <summary>An input path does not exist, or a glob pattern matched no file.</summary>
    InputNotFound,

    /// <summary>A file could not be loaded (missing, unreadable, binary, invalid UTF-8, too large).</summary>
    LoadError,

    /// <summary>A name fits no convention, or fits one in a way its tool rejects (for the <c>invalid-migration-name</c> rule).</summary>
    InvalidName,

    /// <summary>Two migrations share a version (and dialect); the related paths name the others.</summary>
    DuplicateVersion,

    /// <summary>A down or undo script whose up script does not exist.</summary>
    OrphanDown,

    /// <summary>Section markers in a single-file migration are misplaced, repeated or missing.</summary>
    InvalidSections,

    /// <summary>
    /// A note, not a problem: a file deliberately left out, such as a migration for another database
    /// (<c>.mysql.sql</c>) or a Flyway callback script.
    /// </summary>
    SkippedFile,
}
