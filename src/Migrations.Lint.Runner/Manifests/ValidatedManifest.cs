using Migrations.Lint.Manifest;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Runner.Manifests;

/// <summary>
/// The migrations a build-validated <c>migrations.manifest.json</c> lists, loaded only after every file
/// proved to be the one the build linted: a hand edit or a half-finished copy on the way to production
/// must not run.
/// </summary>
public static class ValidatedManifest
{
    /// <summary>Checks every listed file's SHA-256, then loads the PostgreSQL migrations from the files next to the manifest.</summary>
    /// <exception cref="RunnerException">
    /// <see cref="RunnerErrorKind.Configuration"/> when the manifest cannot be read or does not describe migrations;
    /// <see cref="RunnerErrorKind.Refused"/> when a file is missing or changed, or a migration failed lint.
    /// </exception>
    public static IReadOnlyList<Migration> Load(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var manifest = Read(manifestPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;

        if (manifest.Migrations.FirstOrDefault(migration => migration.Verdict == LintVerdict.Failed) is { } failed)
        {
            throw new RunnerException(
                RunnerErrorKind.Refused, $"{manifestPath}: migration {failed.Id} failed lint when the manifest was written; nothing was applied");
        }

        var scripts = manifest.Migrations
            .SelectMany(migration => migration.Down is null ? [migration.Up] : new[] { migration.Up, migration.Down })
            .DistinctBy(script => script.Path, StringComparer.Ordinal)
            .ToArray();
        var problems = scripts.Select(script => Problem(script, directory)).OfType<string>().ToArray();
        if (problems.Length > 0)
        {
            throw new RunnerException(RunnerErrorKind.Refused, string.Join("; ", problems) + "; nothing was applied");
        }

        var discovered = MigrationSet.Discover(
                scripts.Select(script => FullPath(directory, script.Path)),
                new DiscoveryOptions { BaseDirectory = directory, Dialect = Dialect.Postgres }).Migrations
            .ToDictionary(found => Path.GetFullPath(found.Up.Path), StringComparer.Ordinal);
        return [.. manifest.Migrations
            .Where(migration => migration.Dialect == Dialect.Postgres)
            .Select(migration => discovered.GetValueOrDefault(FullPath(directory, migration.Up.Path))
                ?? throw new RunnerException(
                    RunnerErrorKind.Configuration, $"{manifestPath}: {migration.Up.Path} is listed as migration {migration.Id} but is not one this runner recognises"))];
    }

    private static MigrationManifest Read(string manifestPath)
    {
        try
        {
            using var stream = File.OpenRead(manifestPath);
            return ManifestJson.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "not found" : e.Message;
            throw new RunnerException(RunnerErrorKind.Configuration, $"cannot read the manifest {manifestPath}: {reason}");
        }
    }

    /// <returns>Why the file is not the one the build validated; null when it is.</returns>
    private static string? Problem(ManifestScript script, string directory)
    {
        var path = FullPath(directory, script.Path);
        if (!File.Exists(path))
        {
            return $"{script.Path} is listed in the manifest but missing ({path})";
        }

        var actual = MigrationManifest.Sha256Of(path);
        return string.Equals(actual, script.Sha256, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{script.Path} changed since the build validated it: sha256 {actual} ≠ {script.Sha256}";
    }

    private static string FullPath(string directory, string relativePath) => Path.GetFullPath(Path.Combine(directory, relativePath));
}
