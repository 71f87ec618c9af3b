using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class EmptyMigrationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("-- TODO: add the index\n")]
    [InlineData("/* CREATE INDEX users_email ON users (email); */")]
    [InlineData(";\n;")]
    public void Reports_up_script_without_statements(string sql) =>
        SetRuleAssert.Reports<EmptyMigration>(("V1__init.sql", "SELECT 1;"), ("V2__add_index.sql", "[||]" + sql));

    [Fact]
    public void Reports_empty_up_section_at_its_marker() =>
        SetRuleAssert.Reports<EmptyMigration>(
            ("20240101120000_add_index.sql", "[|-- migrate:up|]\n-- nothing yet\n\n-- migrate:down\nDROP INDEX users_email;\n"));

    [Fact]
    public void Reports_a_message_naming_the_migration()
    {
        var finding = Assert.Single(SetRuleAssert.Lint<EmptyMigration>(("V2__add_index.sql", "-- later\n")));

        Assert.Equal("Migration 'V2__add_index' has nothing to run: its up script holds no SQL statement.", finding.Message);
    }

    [Fact]
    public void Silent_for_migrations_with_statements() =>
        SetRuleAssert.Silent<EmptyMigration>(
            ("V1__init.sql", "-- users\nCREATE TABLE users (id bigint);"),
            ("U1__init.sql", ""),
            ("20240101120000_add_index.sql", "-- migrate:up\nCREATE INDEX users_id ON users (id);\n-- migrate:down\n"));

    [Fact]
    public void Silent_for_empty_migrations_at_or_below_start_after() =>
        SetRuleAssert.Silent<EmptyMigration>(new LintSettings(StartAfter: MigrationVersion.Parse("2")), ("V2__placeholder.sql", ""));

    [Fact]
    public void Silent_when_section_markers_are_broken() =>
        SetRuleAssert.Silent<EmptyMigration>(("20240101120000_add_index.sql", "-- migrate:down\nDROP INDEX users_email;\n"));

    [Fact]
    public void Silent_when_suppressed_in_the_file() =>
        SetRuleAssert.Silent<EmptyMigration>(("V2__placeholder.sql", "-- migrate-lint-disable empty-migration -- version kept for history\n"));

    [Fact]
    public void Reports_tsql_script_of_only_batch_separators() =>
        SetRuleAssert.Reports<EmptyMigration>(
            new LintSettings(DefaultDialect: Dialect.SqlServer),
            ("V1__nothing.sql", "[||]-- placeholder\nGO\nGO\n"));

    [Fact]
    public void Silent_for_tsql_script_with_a_statement() =>
        SetRuleAssert.Silent<EmptyMigration>(
            new LintSettings(DefaultDialect: Dialect.SqlServer),
            ("V1__something.sql", "SET NOCOUNT ON;\nGO\n"));
}
