using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

/// <summary>Conventions with one file per direction: golang-migrate, diesel/sourcegraph folders, Prisma.</summary>
public sealed class PairedFileDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Golang_migrate_pairs_up_and_down_by_version()
    {
        _tree.Write("m/20240101120000_create_users.up.sql", "CREATE TABLE users (id int);");
        _tree.Write("m/20240101120000_create_users.down.sql", "DROP TABLE users;");

        var set = _tree.Discover("m");

        Assert.Empty(set.Findings);
        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.GolangMigrate, migration.Convention);
        Assert.Equal("20240101120000_create_users", migration.Id);
        Assert.Equal("create users", migration.Description);
        Assert.Equal("20240101120000", migration.Version!.ToString());
        Assert.Equal("CREATE TABLE users (id int);", migration.Up.Text.ToString());
        Assert.Equal("DROP TABLE users;", migration.Down!.Text.ToString());
        Assert.False(migration.DownIsEmpty);
    }

    [Fact]
    public void Missing_down_is_recorded_not_reported()
    {
        _tree.Write("m/1_init.up.sql");

        var set = _tree.Discover("m");

        Assert.Empty(set.Findings);
        var migration = Assert.Single(set.Migrations);
        Assert.False(migration.HasDown);
        Assert.True(migration.SupportsDown);
    }

    [Fact]
    public void Down_with_only_comments_is_empty()
    {
        _tree.Write("m/1_init.up.sql");
        _tree.Write("m/1_init.down.sql", "-- nothing to undo\n/* really /* nothing */ */\n\n");

        var migration = Assert.Single(_tree.Discover("m").Migrations);

        Assert.True(migration.HasDown);
        Assert.True(migration.DownIsEmpty);
    }

    [Fact]
    public void Down_without_up_is_an_orphan()
    {
        _tree.Write("m/1_init.up.sql");
        _tree.Write("m/2_add.down.sql");

        var set = _tree.Discover("m");

        Assert.Single(set.Migrations);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.OrphanDown, finding.Kind);
        Assert.Equal(Path.Join("m", "2_add.down.sql"), finding.Path);
    }

    [Fact]
    public void Two_ups_with_one_version_are_duplicates()
    {
        _tree.Write("m/3_a.up.sql");
        _tree.Write("m/3_b.up.sql");
        _tree.Write("m/3_b.down.sql");

        var set = _tree.Discover("m");

        Assert.Equal(2, set.Migrations.Length);
        Assert.Equal(Path.Join("m", "3_b.down.sql"), set.Migrations.Single(m => m.Id == "3_b").Down?.Path);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.DuplicateVersion, finding.Kind);
        Assert.Equal<string>([Path.Join("m", "3_a.up.sql")], finding.RelatedPaths);
    }

    [Fact]
    public void Diesel_folders_pair_up_and_down()
    {
        _tree.Write("migrations/2024-01-01-120000_create_users/up.sql");
        _tree.Write("migrations/2024-01-01-120000_create_users/down.sql");
        _tree.Write("migrations/2024-02-01-000000_add_email/up.sql");

        var set = _tree.Discover("migrations");

        Assert.Empty(set.Findings);
        Assert.Equal(["2024-01-01-120000_create_users", "2024-02-01-000000_add_email"], set.Migrations.Select(m => m.Id));
        var first = set.Migrations[0];
        Assert.Equal(MigrationConvention.UpDownFolder, first.Convention);
        Assert.Equal("create users", first.Description);
        Assert.Equal(Path.Join("migrations", "2024-01-01-120000_create_users", "down.sql"), first.Down?.Path);
        Assert.False(set.Migrations[1].HasDown);
    }

    [Fact]
    public void Sourcegraph_folders_may_be_a_bare_version()
    {
        _tree.Write("migrations/1528395834_create_repo/up.sql");
        _tree.Write("migrations/1528395834_create_repo/down.sql");
        _tree.Write("migrations/1528395835/up.sql");
        _tree.Write("migrations/1528395835/down.sql");

        var set = _tree.Discover("migrations");

        Assert.Empty(set.Findings);
        Assert.Equal(["1528395834", "1528395835"], set.Migrations.Select(m => m.Version!.ToString()));
        Assert.All(set.Migrations, migration => Assert.True(migration.HasDown));
    }

    [Fact]
    public void Folder_with_only_a_down_is_an_orphan()
    {
        _tree.Write("migrations/1_a/down.sql");

        var set = _tree.Discover("migrations");

        Assert.Empty(set.Migrations);
        Assert.Equal(DiscoveryFindingKind.OrphanDown, Assert.Single(set.Findings).Kind);
    }

    [Fact]
    public void Folder_without_a_version_is_an_invalid_name()
    {
        _tree.Write("migrations/create_users/up.sql");

        var set = _tree.Discover("migrations");

        var migration = Assert.Single(set.Migrations);
        Assert.Null(migration.Version);
        Assert.Equal(MigrationConvention.UpDownFolder, migration.Convention);
        Assert.Equal(DiscoveryFindingKind.InvalidName, Assert.Single(set.Findings).Kind);
    }

    [Fact]
    public void Prisma_migrations_have_no_down_by_convention()
    {
        _tree.Write("prisma/migrations/20240101120000_init/migration.sql");
        _tree.Write("prisma/migrations/20240102120000_add_posts/migration.sql");

        var set = _tree.Discover("prisma/migrations");

        Assert.Empty(set.Findings);
        Assert.Equal(["20240101120000_init", "20240102120000_add_posts"], set.Migrations.Select(m => m.Id));
        Assert.All(set.Migrations, migration =>
        {
            Assert.Equal(MigrationConvention.Prisma, migration.Convention);
            Assert.False(migration.SupportsDown);
        });
        Assert.Equal("add posts", set.Migrations[1].Description);
    }

    [Fact]
    public void Down_that_fails_to_load_leaves_no_down_and_no_orphan()
    {
        _tree.Write("m/1_a.up.sql");
        _tree.WriteBytes("m/1_a.down.sql", [0x00, 0x01]);
        _tree.WriteBytes("m/2_b.up.sql", [0xFF]);
        _tree.Write("m/2_b.down.sql");

        var set = _tree.Discover("m");

        var migration = Assert.Single(set.Migrations);
        Assert.False(migration.HasDown);
        Assert.Equal(
            [(DiscoveryFindingKind.LoadError, Path.Join("m", "1_a.down.sql")), (DiscoveryFindingKind.LoadError, Path.Join("m", "2_b.up.sql"))],
            set.Findings.Select(f => (f.Kind, f.Path)));
    }
}
