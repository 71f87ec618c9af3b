using Migrations.Lint.Sql;

namespace Migrations.Lint.Migrations;

public sealed record DiscoveryOptions
{
    public static DiscoveryOptions Default { get; } = new();

    /// <summary>
    /// Glob patterns (<c>*</c>, <c>**</c>) of files to leave out. A pattern may be relative to an input
    /// directory (<c>archive/**</c>) or to <see cref="BaseDirectory"/> (<c>db/migrations/archive/**</c>).
    /// </summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>What relative inputs and excludes are relative to; null means the current directory.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// When set, files marked for the other dialect by an infix or folder name are skipped with a note.
    /// Unmarked files are always kept.
    /// </summary>
    public Dialect? Dialect { get; init; }

    /// <summary>Where the files are read from: the work tree unless a snapshot (git's index) is given.</summary>
    public IMigrationFiles Files { get; init; } = WorkTreeFiles.Instance;
}
