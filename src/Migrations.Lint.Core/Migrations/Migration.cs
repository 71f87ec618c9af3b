using Migrations.Lint.Sql;

namespace Migrations.Lint.Migrations;

/// <summary>A migration: its up script and, when the convention has one, its down script.</summary>
/// <param name="Id">A display name: the file name without direction and extension, or the folder name.</param>
/// <param name="Version">Null for repeatable migrations and for names that carry no version.</param>
/// <param name="Description">Words from the name, underscores turned to spaces ("create users").</param>
/// <param name="Dialect">From a dialect infix or folder name; null when the content must decide.</param>
/// <param name="Down">Null when no down script or section exists.</param>
public sealed record Migration(
    string Id,
    MigrationVersion? Version,
    string Description,
    MigrationKind Kind,
    MigrationConvention Convention,
    Dialect? Dialect,
    MigrationScript Up,
    MigrationScript? Down)
{
    public bool HasDown => Down is not null;

    /// <summary>A down script or section exists but holds only whitespace and comments.</summary>
    public bool DownIsEmpty => Down is { IsBlank: true };

    /// <summary>
    /// Whether the convention has a way to write a down for this migration. Repeatable and baseline
    /// migrations, Prisma and unrecognised files have none, so a missing down is no finding for them.
    /// </summary>
    public bool SupportsDown =>
        Kind == MigrationKind.Versioned
        && Convention is not (MigrationConvention.Prisma or MigrationConvention.Unrecognized);

    /// <summary>The up script, then the down script if there is one.</summary>
    public IReadOnlyList<MigrationScript> Scripts => Down is null ? [Up] : [Up, Down];
}
