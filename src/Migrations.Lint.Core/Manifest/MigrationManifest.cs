using System.Security.Cryptography;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Manifest;

/// <summary>
/// The validated manifest (<c>migrations.manifest.json</c>): the migrations a clean lint saw, in the order
/// they apply, with the SHA-256 of every file, so the runner applies exactly this set and refuses edited files.
/// </summary>
/// <param name="DefaultDialect">The dialect of scripts whose name does not say.</param>
public sealed record MigrationManifest(string ToolVersion, Dialect DefaultDialect, IReadOnlyList<ManifestMigration> Migrations)
{
    public const string FileName = "migrations.manifest.json";

    /// <summary>Raised when the shape changes incompatibly, so an older runner refuses a newer manifest.</summary>
    public const int FormatVersion = 1;

    /// <param name="targetPathOf">The path a linted file has in the output, relative to the manifest.</param>
    public static MigrationManifest Create(LintOutcome outcome, Func<string, string> targetPathOf, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var settings = outcome.Settings;
        var warned = outcome.Report.Diagnostics
            .Where(diagnostic => !diagnostic.IsSuppressed && diagnostic.Severity >= Severity.Warning)
            .Select(diagnostic => diagnostic.Location.Path)
            .ToHashSet(StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        ManifestScript Describe(MigrationScript script)
        {
            if (!hashes.TryGetValue(script.Path, out var sha256))
            {
                hashes.Add(script.Path, sha256 = Sha256Of(script.Path));
            }

            return new ManifestScript(targetPathOf(script.Path), sha256);
        }

        var migrations = outcome.Migrations.Migrations.Select(migration => new ManifestMigration(
            migration.Id,
            migration.Version?.ToString(),
            migration.Description,
            migration.Kind,
            migration.Convention,
            migration.Up.Dialect ?? migration.Dialect ?? settings.DefaultDialect,
            Describe(migration.Up),
            migration.Down is { } down ? Describe(down) : null,
            !settings.IsLinted(migration) ? LintVerdict.NotLinted
                : migration.Scripts.Any(script => warned.Contains(script.Path)) ? LintVerdict.Warnings
                : LintVerdict.Passed));
        return new MigrationManifest(toolVersion, settings.DefaultDialect, [.. migrations]);
    }

    /// <summary>Lowercase hex SHA-256 of the bytes on disk: what the task records and the runner checks.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
