using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgStatementSplitterTests
{
    [Theory]
    [InlineData("[|SELECT 1|];\n[|SELECT 2|];")]
    [InlineData("[|SELECT 1|];\n[|SELECT 2|]")]
    [InlineData("[|SELECT 1|];;\n;[|SELECT 2|];;")]
    [InlineData("-- leading comment\n[|SELECT 1|] -- trailing comment\n;")]
    [InlineData("/* a */ [|SELECT /* inside */ 1|] /* b */;\n-- only a comment remains\n/* and another */")]
    [InlineData("[|SELECT ';', \";\", $$;$$, $tag$ ; $tag$, E'\\';'|];[|SELECT 2|];")]
    [InlineData("[|SELECT 1|];\r\n[|SELECT 2|];\r\n")]
    [InlineData("\uFEFF[|SELECT 1|];")]
    [InlineData("[|SELECT (1; 2)|];[|SELECT 3|];")]
    public void Splits_at_top_level_semicolons_with_exact_spans(string marked)
    {
        AssertStatementSpans(marked);
    }

    [Fact]
    public void Empty_and_comment_only_scripts_have_no_statements()
    {
        Assert.Empty(PgTestParsing.Parse("").Statements);
        Assert.Empty(PgTestParsing.Parse(" ;; -- nothing\n/* here */ ;").Statements);
    }

    [Fact]
    public void Rule_bodies_split_by_parenthesis_depth()
    {
        AssertStatementSpans("""
            [|CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))|];
            [|SELECT 1|];
            """);
    }

    [Fact]
    public void Dollar_quoted_function_bodies_keep_their_semicolons()
    {
        AssertStatementSpans("""
            [|CREATE FUNCTION f() RETURNS int AS $body$
            BEGIN
              UPDATE t SET a = 1;
              RETURN 1;
            END;
            $body$ LANGUAGE plpgsql|];
            [|SELECT f()|];
            """);
    }

    [Fact]
    public void Begin_atomic_bodies_keep_their_semicolons()
    {
        AssertStatementSpans("""
            [|CREATE FUNCTION f() RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              SELECT 1;
              SELECT CASE WHEN true THEN 1 ELSE 2 END;
              SELECT (CASE WHEN false THEN 3 END);
            END|];
            [|CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END|];
            [|SELECT 3|];
            """);
    }

    [Fact]
    public void Begin_and_case_outside_routines_do_not_open_blocks()
    {
        AssertStatementSpans("""
            [|BEGIN|];
            [|SELECT CASE WHEN a THEN 1 END FROM t|];
            [|CREATE TABLE begin_log (a int)|];
            [|COMMIT|];
            """);
    }

    [Fact]
    public void Psql_meta_commands_are_skipped_and_send_commands_end_statements()
    {
        var script = AssertStatementSpans("""
            \set ON_ERROR_STOP on
            [|SELECT 'CREATE DATABASE x' WHERE NOT EXISTS (SELECT 1)|]
            \gexec
            [|SELECT 2|];
            """);
        Assert.Empty(script.Errors);
    }

    [Fact]
    public void Psql_meta_commands_also_count_in_the_middle_of_a_line()
    {
        var script = AssertStatementSpans("[|SELECT format('VACUUM %I', relname) FROM pg_stat_user_tables|] \\gexec\n[|SELECT 2|] \\echo done; still the echo\n;");
        Assert.Empty(script.Errors);
    }

    [Fact]
    public void A_lone_backslash_is_an_error()
    {
        var sql = MarkedSql.Parse("SELECT 1 [|\\|] 2;");
        Assert.Equal(sql.Span, Assert.Single(PgTestParsing.Parse(sql.Text).Errors).Span);
    }

    [Fact]
    public void Comments_are_collected_in_order()
    {
        var marked = MarkedSql.Parse("[|-- one|]\nSELECT [|/* two /* nested */ */|] 1; [|-- three|]");
        var script = PgTestParsing.Parse(marked.Text);
        Assert.Equal(marked.Spans, script.Comments);
    }

    [Fact]
    public void A_range_keeps_absolute_offsets_and_the_files_line_numbers()
    {
        var marked = MarkedSql.Parse("""
            -- migrate:up
            [|CREATE TABLE t (a int)|];
            [|CREATE INDEX i ON t (a)|];

            -- migrate:down
            DROP TABLE t;
            """);
        var upEnd = marked.Text.IndexOf("-- migrate:down", StringComparison.Ordinal);
        var source = new SourceText(marked.Text);

        var script = PgParser.Parse(source, TextSpan.FromBounds(0, upEnd));

        Assert.Equal(marked.Spans, script.Statements.Select(statement => statement.Span));
        Assert.Equal(2, source.GetPosition(script.Statements[0].Span.Start).Line);
        Assert.Equal(TextSpan.FromBounds(0, upEnd), script.Range);
        var down = PgParser.Parse(source, TextSpan.FromBounds(upEnd, marked.Text.Length));
        var drop = Assert.IsType<DropStatement>(Assert.Single(down.Statements));
        Assert.Equal(6, source.GetPosition(drop.Span.Start).Line);
    }

    [Fact]
    public void Script_records_source_and_dialect()
    {
        var source = new SourceText("SELECT 1;", "a.sql");
        var script = PgParser.Parse(source);
        Assert.Same(source, script.Source);
        Assert.Equal(Dialect.Postgres, script.Dialect);
    }

    [Fact]
    public void Leading_keywords_name_the_statement()
    {
        var script = PgTestParsing.Parse("""
            GRANT SELECT ON t TO r;
            ALTER POLICY p ON t USING (true);
            CREATE OR REPLACE FUNCTION f() RETURNS int RETURN 1;
            create unique index i on t (a);
            CREATE TABLE data (a int);
            ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;
            REFRESH MATERIALIZED VIEW v;
            DROP TEXT SEARCH CONFIGURATION c;
            (SELECT 1);
            frobnicate now;
            """);
        Assert.Equal(
            ["GRANT", "ALTER POLICY", "CREATE OR REPLACE FUNCTION", "CREATE UNIQUE INDEX", "CREATE TABLE",
             "ALTER DEFAULT PRIVILEGES", "REFRESH MATERIALIZED VIEW", "DROP TEXT SEARCH CONFIGURATION", "", "FROBNICATE"],
            script.Statements.Select(statement => statement.Keywords));
        Assert.Equal("ALTER POLICY", script.Text(script.Statements[1].KeywordsSpan));
        Assert.Equal(StatementKind.Other, script.Statements[1].Kind);
    }

    private static SqlScript AssertStatementSpans(string marked)
    {
        var sql = MarkedSql.Parse(marked);
        var script = PgTestParsing.Parse(sql.Text);
        Assert.Equal(sql.Spans, script.Statements.Select(statement => statement.Span));
        return script;
    }
}
