using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

public sealed class FlywayDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Recognises_versioned_undo_repeatable_and_baseline_scripts()
    {
        _tree.Write("db/V1__create_users.sql");
        _tree.Write("db/V1_1__add_email.sql");
        _tree.Write("db/U1_1__add_email.sql", "ALTER TABLE users DROP COLUMN email;");
        _tree.Write("db/B2__baseline.sql");
        _tree.Write("db/R__refresh_views.sql");

        var set = _tree.Discover("db");

        Assert.Empty(set.Findings);
        Assert.Equal(["V1__create_users", "V1_1__add_email", "B2__baseline", "R__refresh_views"], set.Migrations.Select(m => m.Id));
        var first = set.Migrations[0];
        Assert.Equal(MigrationConvention.Flyway, first.Convention);
        Assert.Equal(MigrationKind.Versioned, first.Kind);
        Assert.Equal("create users", first.Description);
        Assert.Equal(Path.Join("db", "V1__create_users.sql"), first.Up.Path);
        Assert.False(first.HasDown);
        Assert.True(first.SupportsDown);

        var withUndo = set.Migrations[1];
        Assert.Equal(MigrationVersion.Parse("1.1"), withUndo.Version);
        Assert.Equal(Path.Join("db", "U1_1__add_email.sql"), withUndo.Down!.Path);
        Assert.Equal(MigrationDirection.Down, withUndo.Down.Direction);
        Assert.Equal("ALTER TABLE users DROP COLUMN email;", withUndo.Down.Text.ToString());

        Assert.Equal(MigrationKind.Baseline, set.Migrations[2].Kind);
        Assert.False(set.Migrations[2].SupportsDown);
        var repeatable = set.Migrations[3];
        Assert.Equal(MigrationKind.Repeatable, repeatable.Kind);
        Assert.Null(repeatable.Version);
        Assert.Equal("refresh views", repeatable.Description);
        Assert.False(repeatable.SupportsDown);
    }

    [Fact]
    public void Orders_by_numeric_version_parts()
    {
        foreach (var version in new[] { "10", "1.10", "2", "1.2", "1.1" })
        {
            _tree.Write($"db/V{version}__m.sql");
        }

        var set = _tree.Discover("db");

        Assert.Equal(["1.1", "1.2", "1.10", "2", "10"], set.Migrations.Select(m => m.Version!.ToString()));
    }

    [Fact]
    public void Same_version_written_differently_is_a_duplicate_reported_with_both_paths()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/V1.0__b.sql");

        var set = _tree.Discover("db");

        Assert.Equal(2, set.Migrations.Length);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.DuplicateVersion, finding.Kind);
        Assert.Equal(Path.Join("db", "V1__a.sql"), finding.Path);
        Assert.Equal<string>([Path.Join("db", "V1.0__b.sql")], finding.RelatedPaths);
    }

    [Fact]
    public void Baseline_and_versioned_scripts_may_share_a_version()
    {
        _tree.Write("db/V2__b.sql");
        _tree.Write("db/B2__baseline.sql");

        var set = _tree.Discover("db");

        Assert.Empty(set.Findings);
        Assert.Equal([MigrationKind.Versioned, MigrationKind.Baseline], set.Migrations.Select(m => m.Kind));
    }

    [Fact]
    public void Undo_pairs_with_an_equal_version_written_differently()
    {
        _tree.Write("db/V1.0__a.sql");
        _tree.Write("db/U1__a.sql");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(Path.Join("db", "U1__a.sql"), migration.Down?.Path);
    }

    [Fact]
    public void Undo_without_its_versioned_script_is_an_orphan()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/U2__b.sql");

        var set = _tree.Discover("db");

        Assert.Single(set.Migrations);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.OrphanDown, finding.Kind);
        Assert.Equal(Path.Join("db", "U2__b.sql"), finding.Path);
        Assert.Contains("V2__b.sql", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_case_prefix_is_recognised_but_reported_because_flyway_skips_it()
    {
        _tree.Write("db/v3__late.sql");

        var set = _tree.Discover("db");

        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.Flyway, migration.Convention);
        Assert.Equal(MigrationVersion.Parse("3"), migration.Version);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.InvalidName, finding.Kind);
        Assert.Contains("V3__late.sql", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Callback_scripts_are_skipped_with_a_note()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/afterMigrate.sql");
        _tree.Write("db/beforeEachMigrate__log.sql");

        var set = _tree.Discover("db");

        Assert.Single(set.Migrations);
        Assert.All(set.Findings, finding => Assert.Equal(DiscoveryFindingKind.SkippedFile, finding.Kind));
        Assert.Equal(2, set.Findings.Length);
    }

    [Theory]
    [InlineData("V1_init.sql")]
    [InlineData("V1.sql")]
    [InlineData("V1-2__x.sql")]
    public void Malformed_flyway_names_are_unrecognized(string fileName)
    {
        _tree.Write("db/" + fileName);

        var set = _tree.Discover("db");

        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.Unrecognized, migration.Convention);
        Assert.Equal(DiscoveryFindingKind.InvalidName, Assert.Single(set.Findings).Kind);
    }
}
