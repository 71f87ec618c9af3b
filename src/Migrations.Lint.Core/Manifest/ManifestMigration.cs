using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Manifest;

/// <summary>One migration of the manifest; <see cref="Down"/> is null when it has no down script.</summary>
/// <param name="Version">As written in the file name; null for repeatable migrations and names without one.</param>
public sealed record ManifestMigration(
    string Id,
    string? Version,
    string Description,
    MigrationKind Kind,
    MigrationConvention Convention,
    Dialect Dialect,
    ManifestScript Up,
    ManifestScript? Down,
    LintVerdict Verdict);
