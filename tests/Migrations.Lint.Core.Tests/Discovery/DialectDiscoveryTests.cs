using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Discovery;

public sealed class DialectDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Mixed_dialect_folder_keeps_postgres_and_sql_server_and_skips_mysql_with_a_note()
    {
        _tree.Write("m/1_init.postgres.up.sql");
        _tree.Write("m/1_init.postgres.down.sql");
        _tree.Write("m/1_init.mssql.up.sql");
        _tree.Write("m/1_init.up.mysql.sql");

        var set = _tree.Discover("m");

        Assert.Equal([Dialect.Postgres, Dialect.SqlServer], set.Migrations.Select(m => m.Dialect));
        Assert.All(set.Migrations, m => Assert.Equal(m.Dialect, m.Up.Dialect));
        Assert.Equal(Path.Join("m", "1_init.postgres.down.sql"), set.Migrations[0].Down?.Path);
        Assert.False(set.Migrations[1].HasDown);
        var note = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.SkippedFile, note.Kind);
        Assert.Equal(Path.Join("m", "1_init.up.mysql.sql"), note.Path);
        Assert.Contains("mysql", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql", Dialect.Postgres)]
    [InlineData("pg", Dialect.Postgres)]
    [InlineData("PG", Dialect.Postgres)]
    [InlineData("sqlserver", Dialect.SqlServer)]
    [InlineData("tsql", Dialect.SqlServer)]
    public void Infixes_name_the_dialect(string infix, Dialect dialect)
    {
        _tree.Write($"db/V1__init.{infix}.sql");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(dialect, migration.Dialect);
        Assert.Equal(MigrationConvention.Flyway, migration.Convention);
        Assert.Equal("init", migration.Description);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("sqlite3")]
    [InlineData("cockroach")]
    [InlineData("clickhouse")]
    public void Other_databases_are_skipped(string infix)
    {
        _tree.Write($"db/V1__init.{infix}.sql");

        var set = _tree.Discover("db");

        Assert.Empty(set.Migrations);
        Assert.Equal(DiscoveryFindingKind.SkippedFile, Assert.Single(set.Findings).Kind);
    }

    [Fact]
    public void Folder_names_give_the_dialect_and_separate_versions()
    {
        _tree.Write("db/postgres/V1__init.sql");
        _tree.Write("db/sqlserver/V1__init.sql");
        _tree.Write("db/sqlite/V1__init.sql");

        var set = _tree.Discover("db");

        Assert.Equal([Dialect.Postgres, Dialect.SqlServer], set.Migrations.Select(m => m.Dialect));
        Assert.Equal(DiscoveryFindingKind.SkippedFile, Assert.Single(set.Findings).Kind);
    }

    [Fact]
    public void The_folder_the_user_points_at_does_not_decide_the_dialect()
    {
        _tree.Write("mysql/V1__init.sql");

        var migration = Assert.Single(_tree.Discover("mysql").Migrations);

        Assert.Null(migration.Dialect);
    }

    [Fact]
    public void Unmarked_files_have_no_dialect()
    {
        _tree.Write("db/V1__init.sql");

        Assert.Null(Assert.Single(_tree.Discover("db").Migrations).Dialect);
    }

    [Fact]
    public void Requested_dialect_skips_files_marked_for_the_other_one()
    {
        _tree.Write("m/1_init.postgres.up.sql");
        _tree.Write("m/1_init.mssql.up.sql");
        _tree.Write("m/2_more.up.sql");

        var set = _tree.Discover(["m"], new DiscoveryOptions { Dialect = Dialect.Postgres });

        Assert.Equal([Dialect.Postgres, null], set.Migrations.Select(m => m.Dialect));
        var note = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.SkippedFile, note.Kind);
        Assert.Equal(Path.Join("m", "1_init.mssql.up.sql"), note.Path);
    }

    [Fact]
    public void Same_version_in_the_same_dialect_is_still_a_duplicate()
    {
        _tree.Write("m/1_a.pg.up.sql");
        _tree.Write("m/1_b.postgres.up.sql");

        var set = _tree.Discover("m");

        Assert.Equal(DiscoveryFindingKind.DuplicateVersion, Assert.Single(set.Findings).Kind);
    }
}
