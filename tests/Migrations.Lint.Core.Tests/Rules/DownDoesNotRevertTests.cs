using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>Up and down scripts of one migration, with the spans expected in the up script marked.</summary>
public sealed class DownDoesNotRevertTests
{
    [Theory]
    [InlineData("[|CREATE TABLE orders (id bigint)|];", "DROP TABLE customers;")]
    [InlineData("[|CREATE TABLE orders AS SELECT 1 AS id|];", "DROP VIEW orders;")]
    [InlineData("[|CREATE TABLE app.orders (id bigint)|];", "DROP TABLE orders;")]
    [InlineData("[|CREATE TABLE \"Orders\" (id bigint)|];", "DROP TABLE orders;")]
    [InlineData("[|CREATE TABLE IF NOT EXISTS orders (id bigint)|];", "DROP TABLE order_lines;")]
    [InlineData("CREATE TABLE orders (id bigint);\n[|CREATE TABLE order_lines (id bigint)|];", "DROP TABLE orders;")]
    [InlineData("[|CREATE TABLE app.t (id bigint)|];", "DROP SCHEMA app;")]
    [InlineData("[|CREATE TABLE t (id bigint)|];\nALTER TABLE t SET SCHEMA archive;", "DROP TABLE t;")]
    public void Reports_tables_left_behind(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("ALTER TABLE users [|ADD COLUMN email text|];", "ALTER TABLE users DROP COLUMN name;")]
    [InlineData("ALTER TABLE users [|ADD COLUMN a text|], ADD COLUMN b text;", "ALTER TABLE users DROP COLUMN b;")]
    [InlineData("ALTER TABLE users [|ADD COLUMN email text|];", "ALTER TABLE accounts DROP COLUMN email;")]
    [InlineData("ALTER TABLE users [|ADD COLUMN IF NOT EXISTS email text|];", "ALTER TABLE users DROP CONSTRAINT email;")]
    [InlineData("ALTER TABLE users [|ADD COLUMN \"Email\" text|];", "ALTER TABLE users DROP COLUMN email;")]
    public void Reports_columns_left_behind(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("ALTER TABLE orders [|ADD CONSTRAINT orders_total_check CHECK (total >= 0)|];", "ALTER TABLE orders DROP CONSTRAINT other;")]
    [InlineData("ALTER TABLE orders [|ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID|];\nALTER TABLE orders VALIDATE CONSTRAINT fk;", "ALTER TABLE customers DROP CONSTRAINT fk;")]
    [InlineData("ALTER TABLE orders [|ADD CONSTRAINT u UNIQUE (a, b)|];", "ALTER TABLE orders DROP COLUMN c;")]
    public void Reports_constraints_left_behind(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("[|CREATE INDEX orders_customer_idx ON orders (customer_id)|];", "DROP INDEX orders_total_idx;")]
    [InlineData("[|CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON app.t (a)|];", "DROP INDEX CONCURRENTLY IF EXISTS i;")]
    [InlineData("[|CREATE INDEX i ON t (a)|];", "ALTER TABLE t DROP COLUMN b;")]
    public void Reports_indexes_left_behind(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("[|CREATE TYPE mood AS ENUM ('happy', 'sad')|];", "DROP DOMAIN mood;")]
    [InlineData("[|CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%')|];", "DROP TABLE email;")]
    [InlineData("[|CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'|];", "DROP FUNCTION g;")]
    [InlineData("[|CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'|];", "DROP FUNCTION f;")]
    [InlineData("[|CREATE VIEW active_users AS SELECT 1|];", "DROP MATERIALIZED VIEW active_users;")]
    [InlineData("[|CREATE MATERIALIZED VIEW totals AS SELECT 1|];", "DROP VIEW totals;")]
    [InlineData("[|CREATE SEQUENCE invoice_numbers|];", "DROP SEQUENCE order_numbers;")]
    [InlineData("[|CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION log_change()|];", "DROP TRIGGER audit ON customers;")]
    [InlineData("[|CREATE SCHEMA billing|];", "DROP SCHEMA reporting;")]
    [InlineData("[|CREATE EXTENSION pg_trgm|];", "DROP EXTENSION pgcrypto;")]
    public void Reports_other_objects_left_behind(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("ALTER TABLE users [|RENAME COLUMN name TO full_name|];", "ALTER TABLE users RENAME COLUMN full_name TO display_name;")]
    [InlineData("ALTER TABLE users [|RENAME TO customers|];", "ALTER TABLE users RENAME TO customers;")]
    [InlineData("ALTER INDEX users_email_idx [|RENAME TO users_email_key|];", "DROP INDEX users_email_key;")]
    [InlineData("ALTER TABLE orders [|RENAME CONSTRAINT c1 TO orders_total_check|];", "ALTER TABLE orders DROP CONSTRAINT orders_total_check;")]
    [InlineData("ALTER TABLE users [|RENAME COLUMN a TO b|], [|RENAME COLUMN c TO d|];", "ALTER TABLE other RENAME COLUMN b TO a;")]
    public void Reports_renames_not_renamed_back(string up, string down) => Reports(up, down);

    [Theory]
    [InlineData("CREATE TABLE orders (id bigint);", "DROP TABLE orders;")]
    [InlineData("CREATE TABLE Orders (id bigint);", "drop table ORDERS;")]
    [InlineData("CREATE TABLE \"orders\" (id bigint);", "DROP TABLE IF EXISTS public.orders CASCADE;")]
    [InlineData("CREATE TABLE public.orders (id bigint);\nCREATE TABLE \"Lines\" (id bigint);", "DROP TABLE \"Lines\", orders;")]
    [InlineData("CREATE TABLE orders (id bigint);\nCREATE INDEX orders_id_idx ON orders (id);\nALTER TABLE orders ADD COLUMN total numeric, ADD CONSTRAINT c CHECK (total > 0);", "DROP TABLE orders;")]
    [InlineData("CREATE TABLE p (id int) PARTITION BY LIST (id);\nCREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);", "DROP TABLE p;")]
    [InlineData("CREATE TABLE staging (id bigint);\nDROP TABLE staging;", "DROP TABLE other;")]
    [InlineData("CREATE TEMP TABLE staging (id bigint);", "DROP TABLE other;")]
    public void Silent_when_tables_are_dropped(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("ALTER TABLE users ADD COLUMN email text;", "ALTER TABLE users DROP COLUMN email;")]
    [InlineData("ALTER TABLE users ADD COLUMN a text, ADD COLUMN b text;", "ALTER TABLE users DROP COLUMN IF EXISTS b, DROP COLUMN a;")]
    [InlineData("ALTER TABLE Users ADD COLUMN Email text;", "ALTER TABLE \"users\" DROP COLUMN \"email\";")]
    [InlineData("ALTER TABLE users ADD COLUMN email text;\nCREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%');", "ALTER TABLE users DROP COLUMN email;")]
    [InlineData("ALTER TABLE users ADD COLUMN email text;\nCREATE INDEX users_email_idx ON users (lower(email));", "ALTER TABLE users DROP COLUMN email;")]
    [InlineData("ALTER TABLE users ADD COLUMN email text;\nCREATE TRIGGER trg BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION f();", "DROP TABLE users;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);", "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_check;")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT u UNIQUE (a, b);", "ALTER TABLE orders DROP COLUMN b;")]
    [InlineData("ALTER TABLE orders ADD COLUMN c text;\nALTER TABLE orders DROP COLUMN c;", "DROP TABLE other;")]
    public void Silent_when_columns_constraints_and_their_table_are_dropped(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);", "DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;")]
    [InlineData("CREATE INDEX i ON app.t (a);", "DROP INDEX app.i;")]
    [InlineData("CREATE INDEX ON orders (customer_id);", "DROP TABLE other;")]
    [InlineData("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;", "ALTER TABLE users DROP CONSTRAINT users_email_key;")]
    [InlineData("CREATE INDEX i ON t (a);\nALTER INDEX i RENAME TO j;", "DROP INDEX j;")]
    [InlineData("CREATE MATERIALIZED VIEW instances AS SELECT 1 AS domain;\nCREATE UNIQUE INDEX instances_domain_idx ON instances (domain);", "DROP MATERIALIZED VIEW instances;")]
    [InlineData("CREATE UNIQUE INDEX totals_idx ON totals (id);", "DROP MATERIALIZED VIEW totals;")]
    public void Silent_when_indexes_are_dropped(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("CREATE TYPE mood AS ENUM ('happy');\nCREATE DOMAIN email AS text;", "DROP TYPE mood, email;")]
    [InlineData("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';\nCREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';", "DROP FUNCTION f(int);\nDROP ROUTINE p;")]
    [InlineData("CREATE VIEW v AS SELECT 1;\nCREATE MATERIALIZED VIEW mv AS SELECT 1;\nCREATE SEQUENCE s;", "DROP VIEW v;\nDROP MATERIALIZED VIEW mv;\nDROP SEQUENCE s;")]
    [InlineData("CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION log_change();", "DROP TRIGGER IF EXISTS audit ON public.orders;")]
    [InlineData("CREATE SCHEMA billing;\nCREATE EXTENSION pg_trgm;", "DROP EXTENSION pg_trgm;\nDROP SCHEMA billing;")]
    [InlineData("CREATE SCHEMA app;\nCREATE TABLE app.t (id bigint);\nCREATE INDEX i ON app.t (id);\nCREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE TYPE app.mood AS ENUM ('a');", "DROP SCHEMA app CASCADE;")]
    [InlineData("ALTER TABLE app.t ADD COLUMN c text;\nCREATE TRIGGER trg BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION f();", "DROP SCHEMA app CASCADE;")]
    [InlineData("CREATE VIEW order_totals AS SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';", "DROP TABLE orders CASCADE;")]
    public void Silent_when_other_objects_are_dropped(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("ALTER TABLE users RENAME COLUMN name TO full_name;", "ALTER TABLE users RENAME COLUMN full_name TO name;")]
    [InlineData("ALTER TABLE users RENAME COLUMN name TO full_name;", "ALTER TABLE users RENAME COLUMN full_name TO tmp;\nALTER TABLE users RENAME COLUMN tmp TO Name;")]
    [InlineData("ALTER TABLE users RENAME TO customers;", "ALTER TABLE customers RENAME TO users;")]
    [InlineData("ALTER TABLE app.users RENAME TO customers;", "ALTER TABLE app.customers RENAME TO users;")]
    [InlineData("ALTER INDEX users_email_idx RENAME TO users_email_key;", "ALTER INDEX users_email_key RENAME TO users_email_idx;")]
    [InlineData("ALTER TABLE orders RENAME CONSTRAINT c1 TO orders_total_check;", "ALTER TABLE orders RENAME CONSTRAINT orders_total_check TO c1;")]
    [InlineData("ALTER TABLE users RENAME TO customers;\nALTER TABLE customers RENAME COLUMN name TO full_name;\nALTER TABLE customers ADD COLUMN vip boolean;", "ALTER TABLE customers RENAME TO users;\nALTER TABLE users RENAME COLUMN full_name TO name;\nALTER TABLE users DROP COLUMN vip;")]
    [InlineData("ALTER TABLE t RENAME TO t_old;\nCREATE TABLE t (id bigint);", "DROP TABLE t;\nALTER TABLE t_old RENAME TO t;")]
    [InlineData("ALTER TABLE users RENAME COLUMN a TO b;\nALTER TABLE users RENAME COLUMN b TO a;", "DROP TABLE other;")]
    [InlineData("ALTER TABLE users RENAME TO users_old;\nDROP TABLE users_old;", "DROP TABLE other;")]
    [InlineData("CREATE TABLE t (id bigint);\nALTER TABLE t SET SCHEMA archive;", "DROP TABLE archive.t;")]
    [InlineData("CREATE TABLE t (id bigint);", "ALTER TABLE t SET SCHEMA archive;\nDROP TABLE archive.t;")]
    [InlineData("ALTER TABLE users ADD COLUMN note text;", "ALTER TABLE users SET SCHEMA archive;\nALTER TABLE archive.users DROP COLUMN note;")]
    [InlineData("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nALTER FUNCTION f() RENAME TO g;", "DROP FUNCTION g;")]
    [InlineData("CREATE TYPE mood AS ENUM ('a');\nALTER TYPE mood RENAME TO feeling;\nCREATE SEQUENCE s;\nALTER SEQUENCE s RENAME TO s2;", "DROP TYPE feeling;\nDROP SEQUENCE s2;")]
    public void Silent_when_renames_and_moves_are_followed(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE OR REPLACE VIEW v AS SELECT 1;", "DROP TABLE other;")]
    [InlineData("CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();", "DROP TABLE other;")]
    [InlineData("CREATE SCHEMA IF NOT EXISTS app;\nCREATE EXTENSION IF NOT EXISTS pgcrypto;", "DROP TABLE other;")]
    [InlineData("CREATE SEQUENCE s OWNED BY orders.id;", "DROP TABLE other;")]
    [InlineData("ALTER TABLE orders ADD CHECK (total > 0);\nALTER TABLE orders ADD FOREIGN KEY (c) REFERENCES customers (id);", "DROP TABLE other;")]
    [InlineData("DO $$ BEGIN CREATE TABLE hidden (id bigint); END $$;", "DROP TABLE other;")]
    public void Silent_for_what_cannot_be_judged_in_the_up_script(string up, string down) => Silent(up, down);

    [Theory]
    [InlineData("DO $$ BEGIN EXECUTE 'DROP TABLE orders'; END $$;")]
    [InlineData("CALL drop_orders();")]
    [InlineData("SELECT drop_orders();")]
    [InlineData("DROP OWNED BY app_owner;")]
    [InlineData("DROP TABLE orders CASCADE;\nDROP TABLE \"unterminated;")]
    public void Silent_when_the_down_script_cannot_be_followed(string down) =>
        Silent("CREATE TABLE orders (id bigint);\nCREATE TABLE customers (id bigint);", down, checkDownIsValid: false);

    [Theory]
    [InlineData("SET search_path TO app;\nCREATE TABLE orders (id bigint);", "DROP TABLE app.orders;")]
    [InlineData("CREATE TABLE app.orders (id bigint);\nCREATE INDEX i ON app.orders (id);", "SET search_path = app, public;\nDROP INDEX i;\nDROP TABLE orders;")]
    public void Silent_when_search_path_makes_unqualified_names_ambiguous(string up, string down) => Silent(up, down);

    [Fact]
    public void Silent_without_a_down_script() => Assert.Empty(Lint(InMemoryMigration.Create("CREATE TABLE orders (id bigint);")));

    [Theory]
    [InlineData("")]
    [InlineData("-- nothing to undo\n")]
    public void Silent_when_the_down_script_is_empty(string down) =>
        Assert.Empty(Lint(InMemoryMigration.Create("CREATE TABLE orders (id bigint);", down)));

    [Fact]
    public void Reports_only_the_migration_whose_down_forgets()
    {
        var diagnostics = Lint(
            InMemoryMigration.Create("CREATE TABLE a (id bigint);", "DROP TABLE a;", version: 1, name: "add_a"),
            InMemoryMigration.Create("CREATE TABLE b (id bigint);", "DROP TABLE a;", version: 2, name: "add_b"));
        Assert.Equal(["V2__add_b.sql"], diagnostics.Select(diagnostic => diagnostic.Location.Path));
    }

    [Fact]
    public void Message_names_the_down_script_and_the_object()
    {
        var diagnostic = Assert.Single(Lint(InMemoryMigration.Create("CREATE TABLE orders (id bigint);", "DROP TABLE customers;", version: 3, name: "add_orders")));
        Assert.Equal("The down script U3__add_orders.sql does not drop table 'orders' created here.", diagnostic.Message);
        Assert.Equal("Add DROP TABLE orders; to the down script, or suppress this finding if keeping it is deliberate.", diagnostic.Help);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("ALTER TABLE \"Users\" ADD COLUMN \"Email\" text;", "The down script U1__test.sql does not drop column 'Email' of 'Users' added here.", "Add ALTER TABLE \"Users\" DROP COLUMN \"Email\"; to the down script, or suppress this finding if keeping it is deliberate.")]
    [InlineData("ALTER TABLE app.users RENAME TO customers;", "The down script U1__test.sql does not rename table 'app.customers' back to 'users'.", "Add ALTER TABLE app.customers RENAME TO users; to the down script, or suppress this finding if keeping it is deliberate.")]
    [InlineData("ALTER TABLE users RENAME COLUMN name TO full_name;", "The down script U1__test.sql does not rename column 'full_name' of 'users' back to 'name'.", "Add ALTER TABLE users RENAME COLUMN full_name TO name; to the down script, or suppress this finding if keeping it is deliberate.")]
    [InlineData("CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f();", "The down script U1__test.sql does not drop trigger 'audit' on 'orders' created here.", "Add DROP TRIGGER audit ON orders; to the down script, or suppress this finding if keeping it is deliberate.")]
    [InlineData("CREATE MATERIALIZED VIEW totals AS SELECT 1;", "The down script U1__test.sql does not drop materialized view 'totals' created here.", "Add DROP MATERIALIZED VIEW totals; to the down script, or suppress this finding if keeping it is deliberate.")]
    public void Message_and_help_name_the_undo_statement(string up, string message, string help)
    {
        var diagnostic = Assert.Single(Lint(InMemoryMigration.Create(up, "DROP TABLE unrelated;")));
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(help, diagnostic.Help);
    }

    [Fact]
    public void Reports_in_the_up_section_of_a_file_holding_both_directions()
    {
        SetRuleAssert.Reports<DownDoesNotRevert>(
            ("20240101120000_add_orders.sql", "-- +goose Up\n[|CREATE TABLE orders (id bigint)|];\n\n-- +goose Down\nDROP TABLE customers;\n"));

        var finding = Assert.Single(SetRuleAssert.Lint<DownDoesNotRevert>(
            ("20240101120000_add_orders.sql", "-- +goose Up\nCREATE TABLE orders (id bigint);\n\n-- +goose Down\nDROP TABLE customers;\n")));
        Assert.Equal("The down section does not drop table 'orders' created here.", finding.Message);
    }

    [Fact]
    public void Silent_when_suppressed_above_the_statement_in_the_up_script() =>
        SetRuleAssert.Silent<DownDoesNotRevert>(
            ("V1__add_search.sql", "-- migrate-lint-disable-next-line down-does-not-revert -- other schemas use it\nCREATE EXTENSION pg_trgm;\nCREATE TABLE notes (body text);"),
            ("U1__add_search.sql", "DROP TABLE notes;"));

    private static void Reports(string markedUp, string down)
    {
        var marked = MarkedSql.Parse(markedUp);
        Assert.True(marked.Spans.Count > 0, "A positive case marks at least one expected span with [| |].");
        Check(marked, down, checkDownIsValid: true);
    }

    private static void Silent(string up, string down, bool checkDownIsValid = true)
    {
        var marked = MarkedSql.Parse(up);
        Assert.True(marked.Spans.Count == 0, "A silent case has no [| |] marks.");
        Check(marked, down, checkDownIsValid);
    }

    private static void Check(MarkedSql up, string down, bool checkDownIsValid)
    {
        // Invalid SQL would make the verdict meaningless, except where a broken down script is the point.
        AssertValid(up.Text);
        if (checkDownIsValid)
        {
            AssertValid(down);
        }

        var reported = Lint(InMemoryMigration.Create(up.Text, down)).Select(diagnostic => diagnostic.Location.Span).OrderBy(span => span.Start);
        Assert.Equal(Render(up.Text, up.Spans), Render(up.Text, reported));
    }

    private static void AssertValid(string sql)
    {
        var errors = PgParser.Parse(new SourceText(sql)).Errors;
        Assert.True(errors.Count == 0, $"Test SQL must be valid; the parser reports: {string.Join("; ", errors)}");
    }

    private static IReadOnlyList<Diagnostic> Lint(params Migration[] migrations) =>
        new Linter(LintSettings.Default, [new DownDoesNotRevert()]).Lint(InMemoryMigration.Set(migrations));

    /// <summary>Shows spans as marked text so a failing test prints a readable diff.</summary>
    private static string Render(string text, IEnumerable<TextSpan> spans) =>
        string.Concat(spans.Select(span => $"[|{text.Substring(span.Start, span.Length)}|] @{span.Start}\n"));
}
