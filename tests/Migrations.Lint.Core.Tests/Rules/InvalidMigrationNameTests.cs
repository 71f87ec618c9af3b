using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class InvalidMigrationNameTests
{
    [Theory]
    [InlineData("create_users.sql")]
    [InlineData("v1__create_users.sql")]
    [InlineData("create_users.up.sql")]
    [InlineData("create_users/up.sql")]
    public void Reports_names_no_tool_runs_as_meant(string path) =>
        SetRuleAssert.Reports<InvalidMigrationName>(("V1__init.sql", "SELECT 1;"), (path, "[||]CREATE TABLE users (id bigint);"));

    [Fact]
    public void Reports_sectioned_file_without_version() =>
        SetRuleAssert.Reports<InvalidMigrationName>(("create_users.sql", "[||]-- migrate:up\nCREATE TABLE users (id bigint);\n-- migrate:down\nDROP TABLE users;\n"));

    [Theory]
    [InlineData("[||]-- migrate:down\nDROP TABLE users;\n-- migrate:up\nCREATE TABLE users (id bigint);\n")]
    [InlineData("[||]-- +goose Up\nCREATE TABLE users (id bigint);\n-- +goose Up\nCREATE TABLE b (id bigint);\n")]
    [InlineData("[||]CREATE TABLE users (id bigint);\n-- migrate:up\nSELECT 1;\n")]
    public void Reports_misplaced_or_repeated_section_markers(string markedSql) =>
        SetRuleAssert.Reports<InvalidMigrationName>(("20240101120000_create_users.sql", markedSql));

    [Fact]
    public void Reports_name_and_section_problems_of_one_file_separately() =>
        SetRuleAssert.Reports<InvalidMigrationName>(("create_users.sql", "[||][||]-- migrate:down\nDROP TABLE users;\n-- migrate:up\nSELECT 1;\n"));

    [Fact]
    public void Reports_a_message_saying_how_to_rename()
    {
        var finding = Assert.Single(SetRuleAssert.Lint<InvalidMigrationName>(("v2__add_email.sql", "SELECT 1;")));

        Assert.Equal("Flyway ignores the lower-case prefix 'v'; rename to 'V2__add_email.sql'.", finding.Message);
    }

    [Fact]
    public void Silent_for_conventional_names() =>
        SetRuleAssert.Silent<InvalidMigrationName>(
            ("V1__init.sql", "SELECT 1;"),
            ("U1__init.sql", "SELECT 1;"),
            ("R__views.sql", "SELECT 1;"),
            ("2_add_email.up.sql", "SELECT 1;"),
            ("3_add_name/up.sql", "SELECT 1;"),
            ("20240101120000_init/migration.sql", "SELECT 1;"),
            ("20240102120000_add_phone.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n"));

    [Fact]
    public void Silent_when_suppressed_inside_a_section() =>
        SetRuleAssert.Silent<InvalidMigrationName>(
            ("create_users.sql", "-- migrate:up\n-- migrate-lint-disable invalid-migration-name -- run by hand\nCREATE TABLE users (id bigint);\n-- migrate:down\nDROP TABLE users;\n"));
}
