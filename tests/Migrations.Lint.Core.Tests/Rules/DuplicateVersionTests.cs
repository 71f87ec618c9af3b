using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class DuplicateVersionTests
{
    [Fact]
    public void Reports_second_flyway_migration_with_a_taken_version() =>
        SetRuleAssert.Reports<DuplicateVersion>(
            ("V3__add_email.sql", "ALTER TABLE users ADD COLUMN email text;"),
            ("V3__add_phone.sql", "[||]ALTER TABLE users ADD COLUMN phone text;"));

    [Fact]
    public void Reports_versions_that_are_equal_as_numbers() =>
        SetRuleAssert.Reports<DuplicateVersion>(
            ("V1.01__a.sql", "SELECT 1;"),
            ("V1.1__b.sql", "[||]SELECT 2;"));

    [Fact]
    public void Reports_second_golang_migrate_up_and_extra_down() =>
        SetRuleAssert.Reports<DuplicateVersion>(
            ("3_a.up.sql", "SELECT 1;"),
            ("3_a.down.sql", "SELECT 1;"),
            ("3_b.up.sql", "[||]SELECT 2;"),
            ("3_b.down.sql", "SELECT 2;"),
            ("3_c.down.sql", "[||]SELECT 3;"));

    [Fact]
    public void Reports_a_message_naming_the_other_file()
    {
        var finding = Assert.Single(SetRuleAssert.Lint<DuplicateVersion>(("V3__a.sql", "SELECT 1;"), ("V3__b.sql", "SELECT 2;")));

        Assert.Equal(SetRuleAssert.DisplayPath("V3__b.sql"), finding.Location.Path);
        Assert.Equal($"Version 3 is also used by {SetRuleAssert.DisplayPath("V3__a.sql")}.", finding.Message);
    }

    [Fact]
    public void Reports_the_other_files_of_an_extra_down_script()
    {
        var finding = Assert.Single(SetRuleAssert.Lint<DuplicateVersion>(
            ("3_a.up.sql", "SELECT 1;"), ("3_a.down.sql", "SELECT 1;"), ("3_b.down.sql", "SELECT 2;")));

        Assert.Contains(SetRuleAssert.DisplayPath("3_a.up.sql"), finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("Another down script for the same migration", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silent_for_distinct_versions_kinds_and_dialects() =>
        SetRuleAssert.Silent<DuplicateVersion>(
            ("V1__init.sql", "SELECT 1;"),
            ("V1.1__fix.sql", "SELECT 1;"),
            ("B1__baseline.sql", "SELECT 1;"),
            ("R__views.sql", "SELECT 1;"),
            ("R__functions.sql", "SELECT 1;"),
            ("V2__users.postgres.sql", "SELECT 1;"),
            ("V2__users.sqlserver.sql", "SELECT 1;"));

    [Fact]
    public void Silent_for_duplicates_at_or_below_start_after() =>
        SetRuleAssert.Silent<DuplicateVersion>(
            new LintSettings(StartAfter: MigrationVersion.Parse("3")),
            ("V3__a.sql", "SELECT 1;"),
            ("V3__b.sql", "SELECT 2;"));

    [Fact]
    public void Silent_when_suppressed_in_the_reported_file() =>
        SetRuleAssert.Silent<DuplicateVersion>(
            ("V3__a.sql", "SELECT 1;"),
            ("V3__b.sql", "-- migrate-lint-disable duplicate-version -- both applied in 2021\nSELECT 2;"));
}
