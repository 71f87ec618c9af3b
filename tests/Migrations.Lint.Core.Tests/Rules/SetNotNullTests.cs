using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class SetNotNullTests
{
    private static readonly LintSettings Pg11 = new(PgVersion: 11);

    [Theory]
    [InlineData("ALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    [InlineData("alter table only app.\"Users\" [|alter \"Email\" set not null|]")]
    [InlineData("ALTER TABLE users ALTER COLUMN a DROP DEFAULT, [|ALTER COLUMN b SET NOT NULL|], [|ALTER COLUMN c SET NOT NULL|];")]
    [InlineData("ALTER TABLE users ADD COLUMN email text;\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    [InlineData("ALTER TABLE users [|ADD CONSTRAINT users_email_not_null NOT NULL email|];")]
    public void Reports_set_not_null_on_existing_table(string sql) => RuleAssert.Reports<SetNotNull>(sql);

    [Theory]
    // Only added NOT VALID: the check proves nothing about existing rows yet.
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    // Validated, then dropped.
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);\nALTER TABLE users DROP CONSTRAINT c;\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    // A check on another column, on another table, or that does not prove NOT NULL.
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (name IS NOT NULL);\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    [InlineData("ALTER TABLE accounts ADD CONSTRAINT c CHECK (email IS NOT NULL);\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NULL OR email <> '');\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (lower(email) IS NOT NULL);\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    // Quoting matters: "Email" is not email.
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (\"Email\" IS NOT NULL);\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];")]
    // VALIDATE in the same statement as SET NOT NULL runs under that statement's ACCESS EXCLUSIVE lock.
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c, [|ALTER COLUMN email SET NOT NULL|];")]
    // The check comes after the SET NOT NULL.
    [InlineData("ALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];\nALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);")]
    public void Reports_when_no_validated_check_precedes(string sql) => RuleAssert.Reports<SetNotNull>(sql);

    [Theory]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("ALTER TABLE public.users ADD CONSTRAINT c CHECK ( ( \"email\" )  is  not  null );\nALTER TABLE users ALTER COLUMN Email SET NOT NULL;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT c CHECK (email /* required */ NOTNULL);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT \"C\" CHECK (\"Email\" IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT \"C\";\nALTER TABLE users ALTER COLUMN \"Email\" SET NOT NULL;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT n NOT NULL email NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT n;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("ALTER TABLE users ADD CONSTRAINT n NOT NULL email NOT VALID;")]
    public void Silent_after_a_validated_check_in_the_same_script(string sql) => RuleAssert.Silent<SetNotNull>(sql);

    [Theory]
    [InlineData("CREATE TABLE users (id int, email text);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;")]
    [InlineData("CREATE TABLE Users (id int);\nALTER TABLE public.users ADD CONSTRAINT n NOT NULL id;")]
    [InlineData("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;")]
    public void Silent_for_new_tables_and_other_actions(string sql) => RuleAssert.Silent<SetNotNull>(sql);

    [Fact]
    public void Silent_after_a_check_validated_in_earlier_migrations() =>
        RuleAssert.SilentAfter<SetNotNull>(
            [
                "CREATE TABLE users (id int, email text);",
                "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;",
                "ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;",
            ],
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

    [Fact]
    public void Silent_after_a_check_declared_by_create_table_in_an_earlier_migration() =>
        RuleAssert.SilentAfter<SetNotNull>(
            ["CREATE TABLE users (id int, email text CHECK (email IS NOT NULL));"],
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

    [Fact]
    public void Silent_after_a_not_valid_check_declared_by_create_table_because_new_tables_validate_it() =>
        RuleAssert.SilentAfter<SetNotNull>(
            ["CREATE TABLE users (email text, CONSTRAINT c CHECK (email IS NOT NULL) NOT VALID);"],
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

    [Fact]
    public void Reports_when_the_earlier_migration_never_validated_the_check() =>
        RuleAssert.ReportsAfter<SetNotNull>(
            ["ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;"],
            "ALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];");

    [Fact]
    public void Reports_when_the_table_was_dropped_and_recreated_since_the_check() =>
        RuleAssert.ReportsAfter<SetNotNull>(
            [
                "ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);",
                "DROP TABLE users;\nCREATE TABLE users (email text);",
            ],
            "ALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];");

    [Fact]
    public void Reports_before_postgres_12_even_after_a_validated_check() =>
        RuleAssert.Reports<SetNotNull>(
            "ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);\nALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];",
            Pg11);

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<SetNotNull>("ALTER TABLE users [|ALTER COLUMN email SET NOT NULL|];", direction: MigrationDirection.Down);

    [Fact]
    public void Message_and_help_depend_on_the_version()
    {
        const string Sql = "ALTER TABLE users ALTER COLUMN email SET NOT NULL;";
        Assert.Equal(
            ["Making column 'email' of 'users' NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock."],
            RuleAssert.Messages<SetNotNull>(Sql));
        Assert.Equal(
            ["First add CHECK (email IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT it in a separate transaction; SET NOT NULL then skips the scan."],
            RuleAssert.Helps<SetNotNull>(Sql));
        Assert.Equal(
            ["PostgreSQL 11 always scans: enforce it with CHECK (email IS NOT NULL) NOT VALID and a separate VALIDATE CONSTRAINT instead."],
            RuleAssert.Helps<SetNotNull>(Sql, Pg11));
    }

    [Theory]
    [InlineData("ALTER TABLE t ALTER COLUMN \"Title\" SET NOT NULL;", "CHECK (\"Title\" IS NOT NULL)")]
    [InlineData("ALTER TABLE t ALTER COLUMN \"say \"\"hi\"\"\" SET NOT NULL;", "CHECK (\"say \"\"hi\"\"\" IS NOT NULL)")]
    [InlineData("ALTER TABLE t ALTER COLUMN Title SET NOT NULL;", "CHECK (title IS NOT NULL)")]
    public void Help_quotes_the_column_as_sql_needs_it(string sql, string check) =>
        Assert.Contains(check, Assert.Single(RuleAssert.Helps<SetNotNull>(sql)), StringComparison.Ordinal);
}
