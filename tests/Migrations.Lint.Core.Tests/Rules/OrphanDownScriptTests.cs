using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class OrphanDownScriptTests
{
    [Fact]
    public void Reports_flyway_undo_without_versioned_migration() =>
        SetRuleAssert.Reports<OrphanDownScript>(
            ("V1__create_users.sql", "CREATE TABLE users (id bigint);"),
            ("U1__create_users.sql", "DROP TABLE users;"),
            ("U2__add_email.sql", "[||]ALTER TABLE users DROP COLUMN email;"));

    [Fact]
    public void Reports_golang_migrate_down_without_up() =>
        SetRuleAssert.Reports<OrphanDownScript>(
            ("000001_init.up.sql", "CREATE TABLE users (id bigint);"),
            ("000002_add_email.down.sql", "[||]ALTER TABLE users DROP COLUMN email;"));

    [Fact]
    public void Reports_down_folder_without_up() =>
        SetRuleAssert.Reports<OrphanDownScript>(("2024-01-01-000000_add_email/down.sql", "[||]ALTER TABLE users DROP COLUMN email;"));

    [Fact]
    public void Reports_a_message_naming_the_expected_up_script()
    {
        var finding = Assert.Single(SetRuleAssert.Lint<OrphanDownScript>(("U7__add_email.sql", "SELECT 1;")));

        Assert.Equal("Down script without an up script; expected 'V7__add_email.sql'.", finding.Message);
    }

    [Fact]
    public void Silent_when_every_down_has_its_up() =>
        SetRuleAssert.Silent<OrphanDownScript>(
            ("V1__create_users.sql", "CREATE TABLE users (id bigint);"),
            ("U1__create_users.sql", "DROP TABLE users;"),
            ("2_add_email.up.sql", "ALTER TABLE users ADD COLUMN email text;"),
            ("2_add_email.down.sql", "ALTER TABLE users DROP COLUMN email;"),
            ("3_add_name/up.sql", "ALTER TABLE users ADD COLUMN name text;"),
            ("3_add_name/down.sql", "ALTER TABLE users DROP COLUMN name;"));
}
