using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgRoutineStatementTests
{
    [Fact]
    public void Create_function_with_dollar_quoted_body()
    {
        var sql = MarkedSql.Parse("CREATE OR REPLACE FUNCTION audit.touch[|(t regclass, OUT n int)|] RETURNS trigger AS [|$$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$|] LANGUAGE PLPGSQL");
        var function = PgTestParsing.Single<CreateFunctionStatement>(sql.Text);

        Assert.True(function.OrReplace);
        Assert.False(function.IsProcedure);
        Assert.Equal("audit.touch", function.Name.ToString());
        Assert.Equal(sql.Spans[0], function.ParametersSpan);
        Assert.Equal(sql.Spans[1], function.BodySpan);
        Assert.Equal("plpgsql", function.Language);
    }

    [Fact]
    public void Create_procedure_with_atomic_body()
    {
        var sql = MarkedSql.Parse("CREATE PROCEDURE p() LANGUAGE sql [|BEGIN ATOMIC INSERT INTO t VALUES (1); END|]");
        var procedure = PgTestParsing.Single<CreateFunctionStatement>(sql.Text);
        Assert.True(procedure.IsProcedure);
        Assert.False(procedure.OrReplace);
        Assert.Equal("sql", procedure.Language);
        Assert.Equal(sql.Span, procedure.BodySpan);
    }

    [Fact]
    public void Create_function_with_return_clause_and_string_language()
    {
        var sql = MarkedSql.Parse("CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE 'SQL' IMMUTABLE [|RETURN a + b|]");
        var function = PgTestParsing.Single<CreateFunctionStatement>(sql.Text);
        Assert.Equal("sql", function.Language);
        Assert.Equal(sql.Span, function.BodySpan);
    }

    [Fact]
    public void Alter_function()
    {
        var alter = PgTestParsing.Single<AlterFunctionStatement>("ALTER PROCEDURE s.p(int) SET search_path = s");
        Assert.True(alter.IsProcedure);
        Assert.Equal("s.p", alter.Name.ToString());
    }

    [Fact]
    public void Create_trigger()
    {
        var trigger = PgTestParsing.Single<CreateTriggerStatement>("CREATE OR REPLACE CONSTRAINT TRIGGER check_it AFTER INSERT OR UPDATE OF a ON s.t DEFERRABLE FOR EACH ROW EXECUTE PROCEDURE s.f('x')");
        Assert.True(trigger.OrReplace);
        Assert.True(trigger.IsConstraint);
        Assert.Equal("check_it", trigger.Name.Normalized);
        Assert.Equal("s.t", trigger.Table!.ToString());
        Assert.Equal("s.f", trigger.Function!.ToString());
    }

    [Fact]
    public void Do_blocks()
    {
        var sql = MarkedSql.Parse("DO LANGUAGE PLPGSQL [|$do$ BEGIN PERFORM 1; END $do$|]");
        var block = PgTestParsing.Single<DoStatement>(sql.Text);
        Assert.Equal("plpgsql", block.Language);
        Assert.Equal(sql.Span, block.BodySpan);
        Assert.Null(PgTestParsing.Single<DoStatement>("DO 'BEGIN END'").Language);
    }
}
