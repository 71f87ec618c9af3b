using System.Collections.Immutable;

namespace Migrations.Lint.Migrations;

/// <summary>
/// The migrations found in the inputs, in the order they apply, plus what discovery noticed about the
/// files (<see cref="Findings"/>). Problems are data here, never exceptions.
/// </summary>
public sealed class MigrationSet
{
    /// <summary>Orders <paramref name="migrations"/> as <see cref="Migrations"/> describes and findings by path.</summary>
    public MigrationSet(IEnumerable<Migration> migrations, IEnumerable<DiscoveryFinding> findings)
    {
        Migrations = [.. migrations.Order(MigrationOrder.Instance)];
        Findings = [.. findings
            .OrderBy(finding => finding.Path, StringComparer.Ordinal)
            .ThenBy(finding => finding.Kind)
            .ThenBy(finding => finding.Message, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Versioned and baseline migrations by <see cref="MigrationVersion"/>, then repeatable ones by
    /// description, then those without a version by path.
    /// </summary>
    public ImmutableArray<Migration> Migrations { get; }

    public ImmutableArray<DiscoveryFinding> Findings { get; }

    /// <summary>
    /// Finds, loads and pairs the migrations in <paramref name="inputs"/>: files, directories (searched
    /// for <c>**/*.sql</c>) and glob patterns. Never throws for missing, unreadable or malformed files.
    /// </summary>
    public static MigrationSet Discover(IEnumerable<string> inputs, DiscoveryOptions? options = null) =>
        MigrationDiscovery.Run(inputs, options ?? DiscoveryOptions.Default);
}
