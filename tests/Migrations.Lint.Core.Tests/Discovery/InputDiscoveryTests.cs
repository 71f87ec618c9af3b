using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

/// <summary>Inputs (directories, files, globs, excludes), load errors, unrecognised names and ordering.</summary>
public sealed class InputDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Directories_are_searched_recursively_for_sql_files_only()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/nested/deeper/V2__b.SQL");
        _tree.Write("db/README.md", "# not a migration");
        _tree.Write("db/migration_lock.toml", "provider = \"postgresql\"");

        var set = _tree.Discover("db");

        Assert.Empty(set.Findings);
        Assert.Equal(
            [Path.Join("db", "V1__a.sql"), Path.Join("db", "nested", "deeper", "V2__b.SQL")],
            set.Migrations.Select(m => m.Up.Path));
    }

    [Fact]
    public void Named_files_are_taken_whatever_their_extension()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/V2__b.psql");

        var set = _tree.Discover(Path.Join("db", "V2__b.psql"));

        var migration = Assert.Single(set.Migrations);
        Assert.Equal(Path.Join("db", "V2__b.psql"), migration.Up.Path);
        Assert.Equal(MigrationConvention.Flyway, migration.Convention);
    }

    [Fact]
    public void Glob_patterns_select_files_under_their_literal_folder()
    {
        _tree.Write("services/a/migrations/V1__a.sql");
        _tree.Write("services/b/migrations/V2__b.sql");
        _tree.Write("services/b/seed/V3__seed.sql");

        var set = _tree.Discover("services/**/migrations/*.sql");

        Assert.Empty(set.Findings);
        Assert.Equal(
            [Path.Join("services/", "a", "migrations", "V1__a.sql"), Path.Join("services/", "b", "migrations", "V2__b.sql")],
            set.Migrations.Select(m => m.Up.Path));
    }

    [Fact]
    public void Glob_pattern_relative_to_the_base_directory()
    {
        _tree.Write("V1__a.sql");
        _tree.Write("V2__b.sql");
        _tree.Write("notes.sql");

        var set = _tree.Discover("V*.sql");

        Assert.Equal(["V1__a.sql", "V2__b.sql"], set.Migrations.Select(m => m.Up.Path));
    }

    [Fact]
    public void Excludes_apply_relative_to_the_input_folder_or_the_base_directory()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/archive/V0__old.sql");
        _tree.Write("db/seed/V9__seed.sql");
        _tree.Write("db/tmp/scratch.sql");

        var options = new DiscoveryOptions { Excludes = ["archive/**", "db/seed/**", "**/scratch.sql"] };
        var set = _tree.Discover(["db"], options);

        Assert.Empty(set.Findings);
        Assert.Equal([Path.Join("db", "V1__a.sql")], set.Migrations.Select(m => m.Up.Path));
    }

    [Fact]
    public void Excludes_apply_to_named_files_and_globs_too()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("db/V2__b.sql");

        var options = new DiscoveryOptions { Excludes = ["**/V2__*.sql"] };
        var set = _tree.Discover([Path.Join("db", "V2__b.sql"), "db/*.sql"], options);

        Assert.Equal(["db/V1__a.sql"], set.Migrations.Select(m => m.Up.Path.Replace('\\', '/')));
    }

    [Fact]
    public void Missing_inputs_and_empty_globs_are_findings()
    {
        _tree.Write("db/V1__a.sql");

        var set = _tree.Discover("db", "nope", "db/**/*.psql", "gone/*.sql");

        Assert.Single(set.Migrations);
        Assert.Equal(["db/**/*.psql", "gone/*.sql", "nope"], set.Findings.Select(f => f.Path));
        Assert.All(set.Findings, f => Assert.Equal(DiscoveryFindingKind.InputNotFound, f.Kind));
    }

    [Fact]
    public void Overlapping_inputs_yield_each_file_once()
    {
        _tree.Write("db/V1__a.sql");

        var set = _tree.Discover("db", Path.Join("db", "V1__a.sql"), "db/*.sql");

        Assert.Single(set.Migrations);
    }

    [Fact]
    public void Order_does_not_depend_on_input_order()
    {
        _tree.Write("a/V2__b.sql");
        _tree.Write("b/V1__a.sql");
        _tree.Write("b/R__views.sql");
        _tree.Write("a/schema.sql");

        var forward = _tree.Discover("a", "b");
        var backward = _tree.Discover("b", "a");

        Assert.Equal(forward.Migrations.Select(m => m.Up.Path), backward.Migrations.Select(m => m.Up.Path));
        Assert.Equal(forward.Findings.Select(f => f.ToString()), backward.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Versioned_then_repeatable_then_unrecognized()
    {
        _tree.Write("db/R__b_views.sql");
        _tree.Write("db/R__a_functions.sql");
        _tree.Write("db/zz.sql");
        _tree.Write("db/V10__ten.sql");
        _tree.Write("db/V2__two.sql");
        _tree.Write("db/0001_init.sql");

        var set = _tree.Discover("db");

        Assert.Equal(["V2__two", "V10__ten", "R__a_functions", "R__b_views", "0001_init", "zz"], set.Migrations.Select(m => m.Id));
    }

    [Fact]
    public void Unrecognized_names_are_still_migrations_with_a_name_finding()
    {
        _tree.Write("db/0001_init.sql", "CREATE TABLE t (id int);");
        _tree.Write("db/schema.sql");

        var set = _tree.Discover("db");

        Assert.All(set.Migrations, m =>
        {
            Assert.Equal(MigrationConvention.Unrecognized, m.Convention);
            Assert.Null(m.Version);
            Assert.False(m.SupportsDown);
        });
        Assert.Equal("CREATE TABLE t (id int);", set.Migrations[0].Up.Text.ToString());
        Assert.Equal(2, set.Findings.Count(f => f.Kind == DiscoveryFindingKind.InvalidName));
    }

    [Fact]
    public void Load_errors_are_findings_with_the_reason()
    {
        _tree.WriteBytes("db/V1__image.sql", [0x47, 0x49, 0x46, 0x00, 0x01]);
        _tree.WriteBytes("db/V2__latin1.sql", [.. "SELECT 1;\nSELECT '"u8, 0xE9, .. "';"u8]);
        _tree.Write("db/V3__ok.sql");

        var set = _tree.Discover("db");

        Assert.Equal(["V3__ok"], set.Migrations.Select(m => m.Id));
        Assert.Equal(
            ["binary file, not SQL", "invalid UTF-8 at line 2, column 9 (byte offset 18); save the file as UTF-8"],
            set.Findings.Select(f => f.Message));
        Assert.All(set.Findings, f => Assert.Equal(DiscoveryFindingKind.LoadError, f.Kind));
    }

    [Fact]
    public void Empty_and_utf16_files_load()
    {
        _tree.WriteBytes("db/V1__empty.sql", []);
        _tree.WriteBytes("db/V2__wide.sql", [0xFF, 0xFE, (byte)'S', 0, (byte)'E', 0, (byte)'L', 0]);

        var set = _tree.Discover("db");

        Assert.Empty(set.Findings);
        Assert.True(set.Migrations[0].Up.IsBlank);
        Assert.Equal("SEL", set.Migrations[1].Up.Text.ToString());
        Assert.Equal(1, set.Migrations[1].Up.Section.Start);
    }

    [Fact]
    public void Absolute_inputs_are_reported_as_given()
    {
        var path = _tree.Write("db/V1__a.sql");

        var migration = Assert.Single(MigrationSet.Discover([Path.Combine(_tree.Root, "db")]).Migrations);

        Assert.Equal(path, migration.Up.Path);
    }

    [Fact]
    public void Linked_folders_are_not_followed_so_a_loop_cannot_multiply_files()
    {
        _tree.Write("db/V1__a.sql");
        _tree.Write("shared/V2__b.sql");
        if (!TryLink(() => Directory.CreateSymbolicLink(_tree.PathOf("db/loop"), _tree.PathOf("db")))
            || !TryLink(() => Directory.CreateSymbolicLink(_tree.PathOf("db/shared"), _tree.PathOf("shared"))))
        {
            return;
        }

        var set = _tree.Discover("db");

        Assert.Equal([Path.Join("db", "V1__a.sql")], set.Migrations.Select(m => m.Up.Path));
        Assert.Equal(["V2__b"], _tree.Discover(Path.Join("db", "shared")).Migrations.Select(m => m.Id));
    }

    /// <summary>Creating links needs a privilege on Windows; without it there is nothing to test.</summary>
    private static bool TryLink(Action createLink)
    {
        try
        {
            createLink();
            return true;
        }
        catch (Exception e) when (OperatingSystem.IsWindows() && e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
