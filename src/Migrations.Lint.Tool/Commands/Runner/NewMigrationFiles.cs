using System.Globalization;
using System.Text;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// The files of the next migration, named the way the folder already names its migrations: the convention
/// most of them use (Flyway for an empty folder) and the next version in their style — a timestamp when they
/// use timestamps, else the highest version plus one, keeping its zero padding.
/// </summary>
internal static class NewMigrationFiles
{
    /// <returns>Paths relative to the migrations folder, each with its starting content.</returns>
    /// <exception cref="UsageException">The name has no letters or digits to use, or the convention has no files to scaffold.</exception>
    public static IReadOnlyList<(string Path, string Content)> Plan(IReadOnlyList<Migration> existing, string name, DateTimeOffset now)
    {
        var slug = Slug(name);
        var recognized = existing.Where(migration => migration.Convention != MigrationConvention.Unrecognized).ToList();
        var convention = recognized.Count == 0
            ? MigrationConvention.Flyway
            : recognized.GroupBy(migration => migration.Convention).OrderByDescending(group => group.Count()).First().Key;
        var latest = recognized
            .Where(migration => migration.Convention == convention && migration.Kind == MigrationKind.Versioned && migration.Version is not null)
            .Select(migration => migration.Version!)
            .Max();
        var version = NextVersion(latest, now);
        var id = $"{version}_{slug}";
        var heading = $"-- {name.Trim()}\n";
        return convention switch
        {
            MigrationConvention.Flyway => [($"V{version}__{slug}.sql", heading), ($"U{version}__{slug}.sql", heading)],
            MigrationConvention.GolangMigrate => [($"{id}.up.sql", heading), ($"{id}.down.sql", heading)],
            MigrationConvention.UpDownFolder => [(Path.Combine(id, "up.sql"), heading), (Path.Combine(id, "down.sql"), heading)],
            MigrationConvention.Prisma => [(Path.Combine(id, "migration.sql"), heading)],
            MigrationConvention.Dbmate => [($"{id}.sql", "-- migrate:up\n\n\n-- migrate:down\n\n")],
            MigrationConvention.Goose => [($"{id}.sql", "-- +goose Up\n\n\n-- +goose Down\n\n")],
            MigrationConvention.SqlMigrate => [($"{id}.sql", "-- +migrate Up\n\n\n-- +migrate Down\n\n")],
            MigrationConvention.NodePgMigrate => [($"{id}.sql", "-- Up Migration\n\n\n-- Down Migration\n\n")],
            _ => throw new UsageException($"cannot create a migration in the {convention} convention"),
        };
    }

    /// <summary>Timestamps (12+ digits, or diesel's dashed form) become now; numbers go up by one at their first group.</summary>
    private static string NextVersion(MigrationVersion? latest, DateTimeOffset now)
    {
        if (latest is null)
        {
            return "1";
        }

        var text = latest.ToString();
        var utc = now.UtcDateTime;
        if (text.Contains('-', StringComparison.Ordinal))
        {
            return Later(utc.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture), latest);
        }

        if (text.Length >= 12 && text.All(char.IsAsciiDigit))
        {
            return Later(utc.ToString(text.Length >= 14 ? "yyyyMMddHHmmss" : "yyyyMMddHHmm", CultureInfo.InvariantCulture), latest);
        }

        var digits = text.Length - text.AsSpan().TrimStart("0123456789").Length;
        var next = (decimal.Parse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        return next.PadLeft(digits, '0');
    }

    /// <summary>A clock behind the newest migration must not produce a version that sorts before it.</summary>
    private static string Later(string stamp, MigrationVersion latest) =>
        MigrationVersion.Parse(stamp) > latest
            ? stamp
            : throw new UsageException($"the newest migration's version {latest} is not older than now ({stamp}); check the clock");

    /// <summary>"Add users.email index" → "add_users_email_index".</summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '_')
            {
                slug.Append('_');
            }
        }

        var text = slug.ToString().TrimEnd('_');
        return text.Length > 0 ? text : throw new UsageException($"'{name}' has no letters or digits to name a migration with");
    }
}
