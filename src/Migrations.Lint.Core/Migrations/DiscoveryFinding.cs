using System.Collections.Immutable;

namespace Migrations.Lint.Migrations;

/// <summary>A problem or note about the migration files themselves, kept as data for the rules to report.</summary>
/// <param name="Path">The file (or input) concerned, as the user gave it.</param>
/// <param name="Message">One line, without the path.</param>
/// <param name="RelatedPaths">Other files involved, such as the other migrations with the same version.</param>
public sealed record DiscoveryFinding(
    DiscoveryFindingKind Kind,
    string Path,
    string Message,
    ImmutableArray<string> RelatedPaths)
{
    public DiscoveryFinding(DiscoveryFindingKind kind, string path, string message)
        : this(kind, path, message, [])
    {
    }

    public override string ToString() => $"{Path}: {Message}";
}
