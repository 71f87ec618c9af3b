using Migrations.Lint.Config;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Tool.Commands.Init;

/// <summary>What <c>init</c> learns from the migrations already in a folder tree, by the same discovery and dialect detection a lint run uses.</summary>
/// <param name="Folders">The migration folders, relative to the surveyed folder with '/' separators, none inside another.</param>
/// <param name="Convention">The convention most migrations follow.</param>
/// <param name="Dialect">The one dialect every migration that says is written in; auto when they differ or none says.</param>
/// <param name="MigrationCount">How many migrations the survey found.</param>
internal sealed record MigrationLayout(IReadOnlyList<string> Folders, MigrationConvention Convention, DialectSetting Dialect, int MigrationCount)
{
    /// <summary>Build output and packages hold copies of migrations, not the migrations.</summary>
    private static readonly string[] CopiesOf = ["**/bin/**", "**/obj/**", "**/node_modules/**"];

    /// <summary>The layout under <paramref name="directory"/>, or null when it holds no migration of a known convention.</summary>
    public static MigrationLayout? Survey(string directory)
    {
        var set = MigrationSet.Discover([directory], new DiscoveryOptions { Excludes = CopiesOf, BaseDirectory = directory });
        var migrations = set.Migrations.Where(migration => migration.Convention != MigrationConvention.Unrecognized).ToList();
        if (migrations.Count == 0)
        {
            return null;
        }

        var convention = migrations
            .GroupBy(migration => migration.Convention)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .First().Key;
        var dialects = migrations
            .Select(migration => migration.Dialect ?? DialectDetector.Detect(migration.Up.Source).Dialect)
            .OfType<Dialect>()
            .Distinct()
            .ToList();
        var dialect = dialects switch
        {
            [Sql.Dialect.Postgres] => DialectSetting.Postgres,
            [Sql.Dialect.SqlServer] => DialectSetting.SqlServer,
            _ => DialectSetting.Auto,
        };
        return new MigrationLayout(Outermost(migrations.Select(migration => FolderOf(migration, directory))), convention, dialect, migrations.Count);
    }

    /// <summary>A migration's set folder: the file's own, or above the migration's folder for folder-per-migration conventions.</summary>
    private static string FolderOf(Migration migration, string root)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(migration.Up.Path))!;
        if (migration.Convention is MigrationConvention.UpDownFolder or MigrationConvention.Prisma)
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return Path.GetRelativePath(root, folder).Replace('\\', '/');
    }

    private static List<string> Outermost(IEnumerable<string> folders)
    {
        var result = new List<string>();
        foreach (var folder in folders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!result.Any(outer => outer == "." || folder.StartsWith(outer + "/", StringComparison.Ordinal)))
            {
                result.Add(folder);
            }
        }

        return result;
    }
}
