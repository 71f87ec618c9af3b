using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>Procedures, functions, triggers and views: T-SQL's ALTER replaces the definition, so it reads as CREATE OR REPLACE.</summary>
public sealed class TSqlRoutineStatementTests
{
    [Fact]
    public void Create_procedure_reads_parameters_and_body()
    {
        var marked = MarkedSql.Parse("""
            CREATE PROCEDURE [dbo].[usp_Archive] [|@before date, @batch int = 1000 OUTPUT|]
            WITH RECOMPILE
            AS
            [|BEGIN
                DELETE TOP (@batch) FROM dbo.Log WHERE CreatedAt < @before
            END|]
            """);
        var procedure = Single<CreateFunctionStatement>(marked.Text);

        Assert.Equal((StatementKind.CreateFunction, "CREATE PROCEDURE", true, false), (procedure.Kind, procedure.Keywords, procedure.IsProcedure, procedure.OrReplace));
        Assert.Equal("dbo.usp_Archive", procedure.Name.ToString());
        Assert.Equal(marked.Spans[0], procedure.ParametersSpan);
        Assert.Equal(marked.Spans[1], procedure.BodySpan);
        Assert.Null(procedure.Language);
    }

    [Theory]
    [InlineData("CREATE PROC p AS SELECT 1", "CREATE PROC", false, null)]
    [InlineData("CREATE OR ALTER PROCEDURE dbo.p (@a int) AS SELECT @a", "CREATE OR ALTER PROCEDURE", true, "(@a int)")]
    [InlineData("ALTER PROCEDURE dbo.p @a int AS SELECT @a", "ALTER PROCEDURE", true, "@a int")]
    public void Procedure_forms(string sql, string keywords, bool orReplace, string? parameters)
    {
        var procedure = Single<CreateFunctionStatement>(sql);

        Assert.Equal((keywords, orReplace, parameters), (procedure.Keywords, procedure.OrReplace, procedure.ParametersSpan is { } span ? sql.Substring(span.Start, span.Length) : null));
    }

    [Theory]
    [InlineData("CREATE FUNCTION dbo.f (@a int) RETURNS int AS BEGIN RETURN @a + 1 END", "BEGIN RETURN @a + 1 END")]
    [InlineData("CREATE FUNCTION dbo.f (@a int) RETURNS int WITH SCHEMABINDING BEGIN RETURN @a END", "BEGIN RETURN @a END")]
    [InlineData("CREATE FUNCTION dbo.f () RETURNS TABLE WITH SCHEMABINDING AS RETURN (SELECT 1 AS a)", "RETURN (SELECT 1 AS a)")]
    [InlineData("CREATE FUNCTION dbo.f () RETURNS @r TABLE (a int) WITH EXECUTE AS OWNER AS BEGIN INSERT @r VALUES (1) RETURN END", "BEGIN INSERT @r VALUES (1) RETURN END")]
    public void Function_bodies_follow_AS_or_start_with_BEGIN_or_RETURN(string sql, string body)
    {
        var function = Single<CreateFunctionStatement>(sql);

        Assert.False(function.IsProcedure);
        Assert.Equal(("dbo.f", body), (function.Name.ToString(), sql.Substring(function.BodySpan!.Value.Start, function.BodySpan.Value.Length)));
    }

    [Theory]
    [InlineData("CREATE TRIGGER dbo.trg_Audit ON dbo.Orders AFTER INSERT, UPDATE AS INSERT dbo.Audit SELECT * FROM inserted", "trg_audit", "dbo.Orders", false)]
    [InlineData("CREATE OR ALTER TRIGGER trg ON dbo.v INSTEAD OF DELETE AS RETURN", "trg", "dbo.v", true)]
    [InlineData("CREATE TRIGGER ddl_guard ON DATABASE FOR DROP_TABLE AS ROLLBACK", "ddl_guard", null, false)]
    [InlineData("ALTER TRIGGER trg ON ALL SERVER FOR CREATE_LOGIN AS PRINT 'x'", "trg", null, true)]
    public void Triggers(string sql, string name, string? table, bool orReplace)
    {
        var trigger = Single<CreateTriggerStatement>(sql);

        Assert.Equal((name, table, orReplace), (trigger.Name.Normalized, trigger.Table?.ToString(), trigger.OrReplace));
    }

    [Theory]
    [InlineData("CREATE VIEW dbo.ActiveUsers WITH SCHEMABINDING AS SELECT Id FROM dbo.Users WHERE IsActive = 1", false)]
    [InlineData("CREATE OR ALTER VIEW dbo.ActiveUsers AS SELECT Id FROM dbo.Users", true)]
    [InlineData("ALTER VIEW dbo.ActiveUsers (Id) AS SELECT Id FROM dbo.Users WITH CHECK OPTION", true)]
    public void Views(string sql, bool orReplace)
    {
        var view = Single<CreateViewStatement>(sql);

        Assert.Equal(("dbo.ActiveUsers", orReplace, false), (view.Name.ToString(), view.OrReplace, view.IsMaterialized));
    }

    [Fact]
    public void Schemas_sequences_and_databases()
    {
        var schema = Single<CreateSchemaStatement>("CREATE SCHEMA [billing] AUTHORIZATION [dbo]");
        Assert.Equal(("billing", "dbo"), (schema.Name.Normalized, schema.Authorization!.Normalized));
        Assert.Equal("reporting", Single<CreateSchemaStatement>("CREATE SCHEMA AUTHORIZATION reporting").Name.Normalized);
        Assert.Equal("dbo.OrderNumbers", Single<CreateSequenceStatement>("CREATE SEQUENCE dbo.OrderNumbers AS bigint START WITH 1 INCREMENT BY 1").Name.ToString());
        Assert.Equal("dbo.OrderNumbers", Single<AlterSequenceStatement>("ALTER SEQUENCE dbo.OrderNumbers RESTART WITH 100").Name.ToString());
        Assert.Equal("scratch", Single<CreateDatabaseStatement>("CREATE DATABASE Scratch").Name.Normalized);
    }

    [Theory]
    [InlineData("CREATE TYPE dbo.IdList AS TABLE (Id int NOT NULL)", "CREATE TYPE")]
    [InlineData("CREATE SYNONYM dbo.Customers FOR Sales.dbo.Customers", "CREATE SYNONYM")]
    [InlineData("CREATE STATISTICS st_a ON dbo.t (a)", "CREATE STATISTICS")]
    [InlineData("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON", "ALTER DATABASE")]
    [InlineData("ALTER SCHEMA billing TRANSFER dbo.Invoices", "ALTER SCHEMA")]
    [InlineData("ALTER AUTHORIZATION ON SCHEMA::billing TO dbo", "ALTER AUTHORIZATION")]
    [InlineData("CREATE FULLTEXT INDEX ON dbo.Docs (Body) KEY INDEX PK_Docs", "CREATE FULLTEXT INDEX")]
    [InlineData("GRANT SELECT ON SCHEMA::billing TO reporting", "GRANT")]
    [InlineData("DBCC CHECKIDENT ('dbo.t', RESEED, 0)", "DBCC")]
    [InlineData("EXECUTE AS USER = 'deployer'", "EXECUTE AS")]
    [InlineData("WAITFOR DELAY '00:00:05'", "WAITFOR")]
    [InlineData("ENABLE TRIGGER trg ON dbo.t", "ENABLE TRIGGER")]
    [InlineData("dbo.usp_Seed 1, 'x'", "")]
    public void Statements_that_are_not_modelled_keep_their_keywords(string sql, string keywords) =>
        Assert.Equal(keywords, Single<OtherStatement>(sql).Keywords);
}
