using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Testing;

/// <summary>
/// Flyway-named migrations built from inline SQL, for tests that need no files on disk; a null dialect leaves it
/// to the linter (detection or the default), as for a file whose name does not say.
/// </summary>
internal static class InMemoryMigration
{
    public static Migration Create(string upSql, string? downSql = null, int version = 1, string name = "test", Dialect? dialect = Dialect.Postgres) =>
        new(
            $"V{version}__{name}",
            MigrationVersion.Parse(version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            name,
            MigrationKind.Versioned,
            MigrationConvention.Flyway,
            dialect,
            Script($"V{version}__{name}.sql", MigrationDirection.Up, upSql, dialect),
            downSql is null ? null : Script($"U{version}__{name}.sql", MigrationDirection.Down, downSql, dialect));

    public static MigrationSet Set(params Migration[] migrations) => new(migrations, []);

    private static MigrationScript Script(string path, MigrationDirection direction, string sql, Dialect? dialect)
    {
        var source = new SourceText(sql, path);
        return new MigrationScript(path, direction, source, new TextSpan(0, sql.Length), MigrationScriptOptions.None, dialect);
    }
}
