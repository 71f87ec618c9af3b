using Migrations.Lint.Migrations;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Discovery;

/// <summary>Single files holding both directions: dbmate, goose, sql-migrate, node-pg-migrate.</summary>
public sealed class SectionedFileDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Dbmate_sections_share_the_file_and_keep_its_line_numbers()
    {
        _tree.Write(
            "db/migrations/20240101120000_create_users.sql",
            "-- migrate:up\r\nCREATE TABLE users (id int);\r\n\r\n-- migrate:down\r\nDROP TABLE users;\r\n");

        var set = _tree.Discover("db/migrations");

        Assert.Empty(set.Findings);
        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.Dbmate, migration.Convention);
        Assert.Equal("20240101120000", migration.Version!.ToString());
        Assert.Equal("create users", migration.Description);
        Assert.Same(migration.Up.Source, migration.Down!.Source);
        Assert.Equal("CREATE TABLE users (id int);\r\n\r\n", migration.Up.Text.ToString());
        Assert.Equal("DROP TABLE users;\r\n", migration.Down.Text.ToString());
        Assert.Equal(new LinePosition(2, 1), migration.Up.Source.GetPosition(migration.Up.Section.Start));
        Assert.Equal(new LinePosition(5, 1), migration.Down.Source.GetPosition(migration.Down.Section.Start));
    }

    [Fact]
    public void Dbmate_transaction_false_applies_to_its_own_section()
    {
        _tree.Write(
            "db/1_index.sql",
            "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\nDROP INDEX i;\n");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(MigrationScriptOptions.NoTransaction, migration.Up.Options);
        Assert.Equal(MigrationScriptOptions.None, migration.Down!.Options);
    }

    [Theory]
    [InlineData("-- Migrate:Up\nSELECT 1;\n")]
    [InlineData("-- migrate:upper\nSELECT 1;\n")]
    [InlineData("  -- migrate:up\nSELECT 1;\n")]
    public void Dbmate_markers_must_be_written_as_dbmate_reads_them(string content)
    {
        _tree.Write("db/1_x.sql", content);

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(MigrationConvention.Unrecognized, migration.Convention);
    }

    [Fact]
    public void Goose_no_transaction_applies_to_both_directions()
    {
        _tree.Write(
            "db/00002_add_index.sql",
            "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (c);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY i;\n");

        var set = _tree.Discover("db");

        Assert.Empty(set.Findings);
        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.Goose, migration.Convention);
        Assert.Equal(MigrationVersion.Parse("2"), migration.Version);
        Assert.Equal("00002", migration.Version!.ToString());
        Assert.Equal(MigrationScriptOptions.NoTransaction, migration.Up.Options);
        Assert.Equal(MigrationScriptOptions.NoTransaction, migration.Down!.Options);
        Assert.Equal("DROP INDEX CONCURRENTLY i;\n", migration.Down.Text.ToString());
    }

    [Fact]
    public void Goose_annotations_ignore_case_and_statement_blocks_stay_in_the_section()
    {
        _tree.Write(
            "db/00001_fn.sql",
            "-- +goose up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n-- +goose StatementEnd\n--+goose DOWN\nDROP FUNCTION f;\n");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(MigrationConvention.Goose, migration.Convention);
        Assert.StartsWith("-- +goose StatementBegin\nCREATE FUNCTION", migration.Up.Text.ToString(), StringComparison.Ordinal);
        Assert.Equal("DROP FUNCTION f;\n", migration.Down!.Text.ToString());
        Assert.Equal(MigrationScriptOptions.None, migration.Up.Options);
    }

    [Fact]
    public void Down_section_with_only_comments_is_empty()
    {
        _tree.Write(
            "db/00003_seed.sql",
            "-- +goose Up\nINSERT INTO t VALUES (1);\n-- +goose Down\n-- +goose StatementBegin\n-- irreversible\n-- +goose StatementEnd\n");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.True(migration.HasDown);
        Assert.True(migration.DownIsEmpty);
        Assert.False(migration.Up.IsBlank);
    }

    [Fact]
    public void Missing_down_section_means_no_down()
    {
        _tree.Write("db/00004_x.sql", "-- +goose Up\nSELECT 1;\n");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.False(migration.HasDown);
        Assert.False(migration.DownIsEmpty);
        Assert.True(migration.SupportsDown);
    }

    [Fact]
    public void Sql_migrate_markers_and_notransaction()
    {
        _tree.Write(
            "db/1_initial.sql",
            "-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- +migrate Down\nDROP INDEX i;\n");

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(MigrationConvention.SqlMigrate, migration.Convention);
        Assert.Equal(MigrationScriptOptions.NoTransaction, migration.Up.Options);
        Assert.Equal("DROP INDEX i;\n", migration.Down!.Text.ToString());
    }

    [Fact]
    public void Node_pg_migrate_markers()
    {
        _tree.Write(
            "migrations/1700000000000_add-users.sql",
            "  -- Up Migration\nCREATE TABLE users (id int);\n---- down   migration\nDROP TABLE users;");

        var migration = Assert.Single(_tree.Discover("migrations").Migrations);

        Assert.Equal(MigrationConvention.NodePgMigrate, migration.Convention);
        Assert.Equal("1700000000000", migration.Version!.ToString());
        Assert.Equal("CREATE TABLE users (id int);\n", migration.Up.Text.ToString());
        Assert.Equal("DROP TABLE users;", migration.Down!.Text.ToString());
    }

    [Fact]
    public void Sql_outside_any_section_is_reported()
    {
        _tree.Write("db/1_x.sql", "-- header comment\nSELECT 0;\n-- migrate:up\nSELECT 1;\n-- migrate:down\n");

        var set = _tree.Discover("db");

        var finding = Assert.Single(set.Findings);
        Assert.Equal(DiscoveryFindingKind.InvalidSections, finding.Kind);
        Assert.Contains("line 3", finding.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(set.Migrations).DownIsEmpty);
    }

    [Fact]
    public void Down_before_up_and_repeated_markers_are_reported()
    {
        _tree.Write("db/1_x.sql", "-- +goose Down\nDROP TABLE t;\n-- +goose Up\nCREATE TABLE t ();\n-- +goose Up\nSELECT 1;\n");

        var set = _tree.Discover("db");

        Assert.Equal(2, set.Findings.Count(f => f.Kind == DiscoveryFindingKind.InvalidSections));
        var migration = Assert.Single(set.Migrations);
        Assert.Equal("DROP TABLE t;\n", migration.Down!.Text.ToString());
        Assert.Equal("CREATE TABLE t ();\n-- +goose Up\nSELECT 1;\n", migration.Up.Text.ToString());
    }

    [Fact]
    public void Only_a_down_marker_leaves_an_empty_up_and_a_finding()
    {
        _tree.Write("db/1_x.sql", "-- migrate:down\nDROP TABLE t;\n");

        var set = _tree.Discover("db");

        var migration = Assert.Single(set.Migrations);
        Assert.True(migration.Up.IsBlank);
        Assert.Equal(0, migration.Up.Section.Length);
        Assert.Contains(set.Findings, f => f.Kind == DiscoveryFindingKind.InvalidSections && f.Message.Contains("no '-- migrate:up'", StringComparison.Ordinal));
    }

    [Fact]
    public void Markers_in_a_file_without_a_version_still_split_but_the_name_is_reported()
    {
        _tree.Write("db/create_users.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");

        var set = _tree.Discover("db");

        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationConvention.Dbmate, migration.Convention);
        Assert.Null(migration.Version);
        Assert.Equal(DiscoveryFindingKind.InvalidName, Assert.Single(set.Findings).Kind);
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_marker()
    {
        _tree.WriteBytes("db/1_x.sql", [0xEF, 0xBB, 0xBF, .. "-- migrate:up\nSELECT 1;\n"u8]);

        var migration = Assert.Single(_tree.Discover("db").Migrations);

        Assert.Equal(MigrationConvention.Dbmate, migration.Convention);
        Assert.Equal("SELECT 1;\n", migration.Up.Text.ToString());
    }
}
