using Migrations.Lint.Sql;

namespace Migrations.Lint.Migrations;

/// <summary>What a file's name and folder say about the migration it belongs to, before its content is read.</summary>
/// <param name="Convention">
/// <see cref="MigrationConvention.Unrecognized"/> when only the content can tell (section markers) or nothing fits.
/// </param>
/// <param name="Version">For an unrecognised name, the leading version if any, used if the content has section markers.</param>
/// <param name="DialectName">The infix or folder name that gave the dialect; with a null dialect it names another database.</param>
/// <param name="Problem">A naming problem for the <c>invalid-migration-name</c> rule.</param>
/// <param name="SkipReason">Why the file is not a migration to lint (a Flyway callback, another database).</param>
internal sealed record MigrationFileName(
    MigrationConvention Convention,
    MigrationKind Kind,
    MigrationDirection Direction,
    MigrationVersion? Version,
    string Id,
    string Description,
    string? DialectName,
    Dialect? Dialect,
    string? Problem,
    string? SkipReason)
{
    public static MigrationFileName Parse(DiscoveredFile file)
    {
        var fileName = Path.GetFileName(file.FullPath);
        var stem = fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)
            ? fileName[..^".sql".Length]
            : Path.GetFileNameWithoutExtension(fileName);
        var dialectName = RemoveDialectInfix(ref stem) ?? file.Folders.LastOrDefault(IsDialectName);
        Dialect? dialect = null;
        if (dialectName is not null && DialectNames.TryGet(dialectName, out dialect) && dialect is null)
        {
            return Unrecognized(stem) with { DialectName = dialectName, SkipReason = $"migration for another database ({dialectName})" };
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(file.FullPath)) ?? "";
        var name = ParseStem(stem, folder);
        return name with { DialectName = dialectName, Dialect = dialect };
    }

    private static MigrationFileName ParseStem(string stem, string folder)
    {
        if (stem.Equals("up", StringComparison.OrdinalIgnoreCase) || stem.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            var direction = stem.Equals("up", StringComparison.OrdinalIgnoreCase) ? MigrationDirection.Up : MigrationDirection.Down;
            return FromFolder(MigrationConvention.UpDownFolder, direction, folder);
        }

        if (stem.Equals("migration", StringComparison.OrdinalIgnoreCase))
        {
            return FromFolder(MigrationConvention.Prisma, MigrationDirection.Up, folder);
        }

        return GolangMigrateName(stem) ?? FlywayName(stem) ?? FlywayCallback(stem) ?? Unrecognized(stem);
    }

    private static MigrationFileName FromFolder(MigrationConvention convention, MigrationDirection direction, string folder)
    {
        var version = SplitLeadingVersion(folder, out var rest);
        var expected = convention == MigrationConvention.Prisma ? "migration.sql" : "up.sql";
        var problem = version is null ? $"folder '{folder}' has no version; expected '<version>_<name>/{expected}'" : null;
        return Create(convention, MigrationKind.Versioned, direction, version, folder, Words(rest)) with { Problem = problem };
    }

    /// <summary><c>&lt;version&gt;_&lt;name&gt;.up.sql</c> or <c>.down.sql</c>.</summary>
    private static MigrationFileName? GolangMigrateName(string stem)
    {
        MigrationDirection direction;
        string id;
        if (stem.EndsWith(".up", StringComparison.Ordinal))
        {
            (direction, id) = (MigrationDirection.Up, stem[..^".up".Length]);
        }
        else if (stem.EndsWith(".down", StringComparison.Ordinal))
        {
            (direction, id) = (MigrationDirection.Down, stem[..^".down".Length]);
        }
        else
        {
            return null;
        }

        var version = SplitLeadingVersion(id, out var rest);
        if (version is null || !id.Contains('_', StringComparison.Ordinal))
        {
            return Unrecognized(stem) with
            {
                Problem = $"'{stem}.sql' does not fit golang-migrate's '<version>_<name>.{direction.ToString().ToLowerInvariant()}.sql'",
            };
        }

        return Create(MigrationConvention.GolangMigrate, MigrationKind.Versioned, direction, version, id, Words(rest));
    }

    /// <summary><c>V1.1__desc</c>, <c>U1.1__desc</c>, <c>B1__desc</c>, <c>R__desc</c>; a lower-case prefix is accepted with a problem, since Flyway skips it.</summary>
    private static MigrationFileName? FlywayName(string stem)
    {
        if (stem.Length < 3)
        {
            return null;
        }

        var prefix = char.ToUpperInvariant(stem[0]);
        MigrationFileName? name = null;
        if (prefix == 'R' && stem.AsSpan(1).StartsWith("__"))
        {
            name = Create(MigrationConvention.Flyway, MigrationKind.Repeatable, MigrationDirection.Up, null, stem, Words(stem[3..]));
        }
        else if (prefix is 'V' or 'U' or 'B' && char.IsAsciiDigit(stem[1]))
        {
            var separator = stem.IndexOf("__", 1, StringComparison.Ordinal);
            var versionText = separator < 0 ? "" : stem[1..separator];
            if (versionText.Contains('-', StringComparison.Ordinal) || !MigrationVersion.TryParse(versionText, out var version))
            {
                return null;
            }

            var kind = prefix == 'B' ? MigrationKind.Baseline : MigrationKind.Versioned;
            var direction = prefix == 'U' ? MigrationDirection.Down : MigrationDirection.Up;
            name = Create(MigrationConvention.Flyway, kind, direction, version, stem, Words(stem[(separator + 2)..]));
        }

        if (name is not null && char.IsLower(stem[0]))
        {
            return name with { Problem = $"Flyway ignores the lower-case prefix '{stem[0]}'; rename to '{prefix}{stem[1..]}.sql'" };
        }

        return name;
    }

    /// <summary>Flyway runs <c>beforeMigrate.sql</c>, <c>afterEachMigrate__x.sql</c> and the like around migrations; they are not migrations.</summary>
    private static MigrationFileName? FlywayCallback(string stem)
    {
        var isCallback = (stem.StartsWith("before", StringComparison.Ordinal) && stem.Length > "before".Length && char.IsAsciiLetterUpper(stem["before".Length]))
            || (stem.StartsWith("after", StringComparison.Ordinal) && stem.Length > "after".Length && char.IsAsciiLetterUpper(stem["after".Length]));
        return isCallback ? Unrecognized(stem) with { SkipReason = "Flyway callback script, not a migration" } : null;
    }

    private static MigrationFileName Unrecognized(string stem)
    {
        var version = SplitLeadingVersion(stem, out var rest);
        var description = Words(version is null ? stem : rest);
        return Create(MigrationConvention.Unrecognized, MigrationKind.Versioned, MigrationDirection.Up, version, stem, description);
    }

    private static MigrationFileName Create(
        MigrationConvention convention,
        MigrationKind kind,
        MigrationDirection direction,
        MigrationVersion? version,
        string id,
        string description) =>
        new(convention, kind, direction, version, id, description, null, null, null, null);

    /// <summary>Splits <c>20240101120000_create_users</c> (or a bare version) into its version and the rest.</summary>
    private static MigrationVersion? SplitLeadingVersion(string name, out string rest)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        var versionText = underscore < 0 ? name : name[..underscore];
        rest = underscore < 0 ? "" : name[(underscore + 1)..];
        return MigrationVersion.TryParse(versionText, out var version) ? version : null;
    }

    /// <summary>Removes <c>.postgres</c>-style segments after the first and returns the database named, if any.</summary>
    private static string? RemoveDialectInfix(ref string stem)
    {
        var segments = stem.Split('.');
        var kept = segments.Take(1).Concat(segments.Skip(1).Where(segment => !IsDialectName(segment))).ToArray();
        if (kept.Length == segments.Length)
        {
            return null;
        }

        var dialectName = segments.Skip(1).Last(IsDialectName);
        stem = string.Join('.', kept);
        return dialectName;
    }

    private static bool IsDialectName(string name) => DialectNames.TryGet(name, out _);

    private static string Words(string text) => text.Replace('_', ' ').Trim();
}
