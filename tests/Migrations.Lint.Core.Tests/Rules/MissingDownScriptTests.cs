using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class MissingDownScriptTests
{
    [Theory]
    [InlineData("V3__add_index.sql")]
    [InlineData("000003_add_index.up.sql")]
    [InlineData("000003_add_index.postgres.up.sql")]
    [InlineData("2024-01-01-000000_add_index/up.sql")]
    public void Reports_migration_without_down_file(string path) =>
        SetRuleAssert.Reports<MissingDownScript>((path, "[||]CREATE INDEX users_email ON users (email);"));

    [Theory]
    [InlineData("[||]-- migrate:up\nCREATE TABLE users (id bigint);\n")]
    [InlineData("[||]-- +goose Up\nCREATE TABLE users (id bigint);\n")]
    [InlineData("[||]-- +migrate Up\nCREATE TABLE users (id bigint);\n")]
    [InlineData("[||]-- Up Migration\nCREATE TABLE users (id bigint);\n")]
    public void Reports_file_without_down_section(string markedSql) =>
        SetRuleAssert.Reports<MissingDownScript>(("20240101120000_create_users.sql", markedSql));

    [Theory]
    [InlineData("-- migrate:up\nCREATE TABLE users (id bigint);\n[|-- migrate:down|]\n")]
    [InlineData("-- +goose Up\nCREATE TABLE users (id bigint);\n\n[|-- +goose Down|]\r\n-- +goose StatementBegin\n-- +goose StatementEnd\n")]
    [InlineData("-- Up Migration\nCREATE TABLE users (id bigint);\n[|-- Down Migration|]")]
    public void Reports_empty_down_section_at_its_marker(string markedSql) =>
        SetRuleAssert.Reports<MissingDownScript>(("20240101120000_create_users.sql", markedSql));

    [Theory]
    [InlineData("U1__create_users.sql")]
    [InlineData("1_create_users/down.sql")]
    public void Reports_empty_down_file(string downPath)
    {
        var upPath = downPath.StartsWith('U') ? "V1__create_users.sql" : "1_create_users/up.sql";
        SetRuleAssert.Reports<MissingDownScript>(
            (upPath, "CREATE TABLE users (id bigint);"),
            (downPath, "[||]-- This file should undo anything in `up.sql`\n"));
    }

    [Theory]
    [InlineData("V3__add_index.sql", "Migration 'V3__add_index' has no down script; create 'U3__add_index.sql' beside it.")]
    [InlineData("000003_add_index.up.sql", "Migration '000003_add_index' has no down script; create '000003_add_index.down.sql' beside it.")]
    [InlineData("3_add_index/up.sql", "Migration '3_add_index' has no down script; create 'down.sql' in the same folder.")]
    [InlineData("3_add_index.sql", "Migration '3_add_index' has no '-- migrate:down' section.")]
    public void Reports_a_message_naming_what_to_create(string path, string message)
    {
        var sql = path.EndsWith("/up.sql", StringComparison.Ordinal) || path.Contains(".up.", StringComparison.Ordinal) || path.StartsWith('V')
            ? "CREATE INDEX i ON t (a);"
            : "-- migrate:up\nCREATE INDEX i ON t (a);\n";
        var finding = Assert.Single(SetRuleAssert.Lint<MissingDownScript>((path, sql)));

        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Silent_when_every_migration_has_a_down() =>
        SetRuleAssert.Silent<MissingDownScript>(
            ("V1__create_users.sql", "CREATE TABLE users (id bigint);"),
            ("U1__create_users.sql", "DROP TABLE users;"),
            ("2_add_email.up.sql", "ALTER TABLE users ADD COLUMN email text;"),
            ("2_add_email.down.sql", "ALTER TABLE users DROP COLUMN email;"),
            ("3_add_name/up.sql", "ALTER TABLE users ADD COLUMN name text;"),
            ("3_add_name/down.sql", "ALTER TABLE users DROP COLUMN name;"),
            ("4_add_phone.sql", "-- migrate:up\nALTER TABLE users ADD COLUMN phone text;\n-- migrate:down\nALTER TABLE users DROP COLUMN phone;\n"));

    [Fact]
    public void Silent_for_migrations_that_cannot_have_a_down() =>
        SetRuleAssert.Silent<MissingDownScript>(
            ("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;"),
            ("B5__baseline.sql", "CREATE TABLE users (id bigint);"),
            ("20240101120000_init/migration.sql", "CREATE TABLE users (id bigint);"),
            ("seed.sql", "SELECT 1;"));

    [Fact]
    public void Silent_for_migrations_at_or_below_start_after() =>
        SetRuleAssert.Silent<MissingDownScript>(new LintSettings(StartAfter: MigrationVersion.Parse("3")), ("V3__add_index.sql", "SELECT 1;"));

    [Fact]
    public void Silent_when_the_down_file_exists_but_cannot_be_read() =>
        SetRuleAssert.Silent<MissingDownScript>(
            ("V3__add_index.sql", "SELECT 1;"),
            SetFile.Raw("U3__add_index.sql", [0x00, 0x01], reported: false));

    [Fact]
    public void Silent_when_suppressed_in_the_up_file() =>
        SetRuleAssert.Silent<MissingDownScript>(
            ("V3__drop_sessions.sql", "-- migrate-lint-disable missing-down-script -- dropped data cannot come back\nDROP TABLE sessions;"),
            ("20240101120000_purge.sql", "-- migrate:up\n-- migrate-lint-disable missing-down-script -- irreversible\nDELETE FROM t WHERE a;\n-- migrate:down\n"));

    [Fact]
    public void Silent_when_suppressed_in_the_empty_down_file() =>
        SetRuleAssert.Silent<MissingDownScript>(
            ("V9__purge_sessions.sql", "DELETE FROM sessions WHERE created_at < '2020-01-01';"),
            ("U9__purge_sessions.sql", "-- migrate-lint-disable missing-down-script -- deleted rows cannot be restored\n"));

    [Fact]
    public void Reports_tsql_migration_without_down_file() =>
        SetRuleAssert.Reports<MissingDownScript>(
            new LintSettings(DefaultDialect: Dialect.SqlServer),
            ("V1__create_users.sql", "[||]CREATE TABLE [dbo].[Users] ([Id] int NOT NULL);\nGO"));

    [Fact]
    public void Silent_for_tsql_migration_with_a_down_file() =>
        SetRuleAssert.Silent<MissingDownScript>(
            new LintSettings(DefaultDialect: Dialect.SqlServer),
            ("V1__create_users.sql", "CREATE TABLE [dbo].[Users] ([Id] int NOT NULL);\nGO"),
            ("U1__create_users.sql", "DROP TABLE [dbo].[Users];\nGO"));
}
