using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class PreferRobustStmtsTests
{
    [Theory]
    [InlineData("[|CREATE TABLE a (id bigint)|];\nCREATE TABLE b (id bigint);")]
    [InlineData("[|CREATE TABLE a AS SELECT 1 AS x|];\nSELECT 1;")]
    [InlineData("[|CREATE INDEX i ON t (a)|];\nSELECT 1;")]
    [InlineData("[|CREATE SEQUENCE s|];\n[|CREATE SCHEMA app|];\n[|CREATE EXTENSION pgcrypto|];\nSELECT 1;")]
    [InlineData("[|CREATE VIEW v AS SELECT 1|];\n[|CREATE MATERIALIZED VIEW mv AS SELECT 1|];\nSELECT 1;")]
    [InlineData("[|CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'|];\n[|CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'|];\nSELECT 1;")]
    [InlineData("[|CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()|];\nSELECT 1;")]
    [InlineData("[|DROP TABLE a|];\n[|DROP INDEX CONCURRENTLY i|];\n[|DROP TYPE mood|];\n[|DROP TRIGGER trg ON t|];\nSELECT 1;")]
    public void Reports_unguarded_statements_followed_by_others(string sql) => RuleAssert.Reports<PreferRobustStmts>(sql);

    [Theory]
    [InlineData("ALTER TABLE t [|ADD COLUMN c text|];\nSELECT 1;")]
    [InlineData("ALTER TABLE t ADD COLUMN IF NOT EXISTS a text, [|DROP COLUMN b|], [|DROP CONSTRAINT c|], ALTER COLUMN d SET NOT NULL;\nSELECT 1;")]
    [InlineData("ALTER TABLE \"Users\" [|ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES o (id) NOT VALID|];\nALTER TABLE \"Users\" VALIDATE CONSTRAINT fk;")]
    public void Reports_unguarded_alter_table_actions(string sql) => RuleAssert.Reports<PreferRobustStmts>(sql);

    [Theory]
    [InlineData("[|CREATE INDEX CONCURRENTLY users_email_idx ON users (email)|];")]
    [InlineData("[|CREATE UNIQUE INDEX CONCURRENTLY ON users (email)|];")]
    [InlineData("SET lock_timeout = '2s';\n[|CREATE INDEX CONCURRENTLY i ON t (a)|];")]
    public void Reports_concurrent_index_even_as_the_last_statement(string sql) => RuleAssert.Reports<PreferRobustStmts>(sql);

    [Fact]
    public void Reports_unnamed_index_that_a_rerun_would_duplicate() =>
        Assert.Equal(
            ["An unnamed index is built again, under a new name, when the script is re-run after failing part way."],
            RuleAssert.Messages<PreferRobustStmts>("CREATE INDEX ON t (a);\nSELECT 1;"));

    [Fact]
    public void Reports_trigger_with_the_fix_the_postgres_version_allows()
    {
        const string Sql = "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;";
        Assert.Equal(
            ["Creating trigger 'trg' on 't' without OR REPLACE fails when the script is re-run after failing part way."],
            RuleAssert.Messages<PreferRobustStmts>(Sql, new LintSettings(PgVersion: 14)));
        Assert.Equal(
            ["Creating trigger 'trg' on 't' fails when the script is re-run after failing part way."],
            RuleAssert.Messages<PreferRobustStmts>(Sql, new LintSettings(PgVersion: 13)));
    }

    [Fact]
    public void Reports_in_down_scripts_too() =>
        RuleAssert.Reports<PreferRobustStmts>("[|DROP INDEX CONCURRENTLY i|];\nDROP INDEX CONCURRENTLY IF EXISTS j;", direction: MigrationDirection.Down);

    [Fact]
    public void Reports_statements_before_an_explicit_transaction() =>
        RuleAssert.Reports<PreferRobustStmts>("[|CREATE TABLE a (id bigint)|];\nBEGIN;\nCREATE TABLE b (id bigint);\nCOMMIT;");

    [Theory]
    [InlineData("CREATE TABLE IF NOT EXISTS a (id bigint);\nCREATE INDEX IF NOT EXISTS i ON a (id);\nCREATE SEQUENCE IF NOT EXISTS s;\nSELECT 1;")]
    [InlineData("CREATE SCHEMA IF NOT EXISTS app;\nCREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1;\nSELECT 1;")]
    [InlineData("CREATE OR REPLACE VIEW v AS SELECT 1;\nCREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nSELECT 1;")]
    [InlineData("CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;")]
    [InlineData("DROP TABLE IF EXISTS a;\nDROP INDEX CONCURRENTLY IF EXISTS i;\nSELECT 1;")]
    [InlineData("ALTER TABLE t ADD COLUMN IF NOT EXISTS a text, DROP COLUMN IF EXISTS b, DROP CONSTRAINT IF EXISTS c;\nSELECT 1;")]
    [InlineData("CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);")]
    [InlineData("CREATE TEMP TABLE staging (id bigint);\nINSERT INTO staging VALUES (1);")]
    [InlineData("INSERT INTO t VALUES (1);\nUPDATE t SET a = 2;\nSELECT 1;")]
    public void Silent_for_guarded_statements(string sql) => RuleAssert.Silent<PreferRobustStmts>(sql);

    [Theory]
    [InlineData("DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);")]
    [InlineData("DROP INDEX IF EXISTS app.i;\nCREATE INDEX i ON app.t (a);\nSELECT 1;")]
    [InlineData("ALTER TABLE \"users\" DROP CONSTRAINT IF EXISTS fk;\nALTER TABLE Users ADD CONSTRAINT FK FOREIGN KEY (a) REFERENCES o (id) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT fk;")]
    [InlineData("ALTER TABLE t DROP COLUMN IF EXISTS c;\nALTER TABLE t ADD COLUMN c text;\nSELECT 1;")]
    [InlineData("DROP TABLE IF EXISTS t;\nCREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN c text;\nSELECT 1;")]
    [InlineData("DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT 1;\nDROP TRIGGER IF EXISTS trg ON public.t;\nCREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;")]
    public void Silent_when_an_earlier_drop_if_exists_clears_the_name(string sql) => RuleAssert.Silent<PreferRobustStmts>(sql);

    [Theory]
    [InlineData("CREATE TABLE a (id bigint);")]
    [InlineData("SET lock_timeout = '2s';\nALTER TABLE t ADD COLUMN c text, ADD CONSTRAINT u UNIQUE (c);")]
    [InlineData("DROP TABLE a;")]
    public void Silent_for_the_last_statement_which_leaves_nothing_behind_when_it_fails(string sql) => RuleAssert.Silent<PreferRobustStmts>(sql);

    [Fact]
    public void Silent_inside_transactions() =>
        RuleAssert.Silent<PreferRobustStmts>("BEGIN;\nCREATE TABLE a (id bigint);\nALTER TABLE a ADD COLUMN b text;\nDROP TABLE c;\nCOMMIT;");

    [Fact]
    public void Silent_when_the_runner_wraps_the_script_in_a_transaction() =>
        RuleAssert.Silent<PreferRobustStmts>("CREATE TABLE a (id bigint);\nDROP TABLE c;", new LintSettings(AssumeInTransaction: true));

    [Fact]
    public void Reports_when_the_earlier_drop_names_another_schema() =>
        RuleAssert.Reports<PreferRobustStmts>("DROP TABLE IF EXISTS app.t;\n[|CREATE TABLE t (id bigint)|];\nSELECT 1;");
}
