using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlDataStatementTests
{
    [Fact]
    public void Update_reads_top_from_and_where_and_resolves_an_alias_target()
    {
        var marked = MarkedSql.Parse("UPDATE [|TOP (500)|] u SET u.Status = 2 [|FROM dbo.Users AS u INNER JOIN dbo.Plans p ON p.Id = u.PlanId|] WHERE [|p.Retired = 1|] OPTION (MAXDOP 1)");
        var update = Single<UpdateStatement>(marked.Text);

        Assert.Equal("dbo.Users", update.Target!.ToString());
        Assert.Equal(marked.Spans[0], update.TopSpan);
        Assert.Equal(marked.Spans[1], update.FromSpan);
        Assert.Equal(marked.Spans[2], update.WhereSpan);
        Assert.True(update.HasWhere);
    }

    [Theory]
    [InlineData("UPDATE dbo.t SET a = 1", "dbo.t", false)]
    [InlineData("UPDATE t WITH (TABLOCK) SET a = (SELECT MAX(b) FROM u WHERE u.id = t.id)", "t", false)]
    [InlineData("UPDATE @rows SET a = 1 WHERE b = 2", "@rows", true)]
    [InlineData("WITH dupes AS (SELECT id FROM t) UPDATE dupes SET a = 0", "dupes", false)]
    public void Update_targets_and_where(string sql, string target, bool hasWhere)
    {
        var update = Single<UpdateStatement>(sql);

        Assert.Equal((target, hasWhere), (update.Target!.ToString(), update.HasWhere));
    }

    [Theory]
    [InlineData("DELETE FROM dbo.Log", "dbo.Log", false, false, false)]
    [InlineData("DELETE dbo.Log WHERE Id < 10", "dbo.Log", true, false, false)]
    [InlineData("DELETE TOP (1000) FROM dbo.Log WHERE CreatedAt < @cutoff", "dbo.Log", true, true, false)]
    [InlineData("DELETE l FROM dbo.Log l JOIN dbo.Old o ON o.Id = l.Id", "dbo.Log", false, false, true)]
    [InlineData("DELETE FROM l FROM dbo.Log AS l WHERE l.Id = 1", "dbo.Log", true, false, true)]
    public void Delete_forms(string sql, string target, bool hasWhere, bool hasTop, bool hasFrom)
    {
        var delete = Single<DeleteStatement>(sql);

        Assert.Equal((target, hasWhere, hasTop, hasFrom), (delete.Target!.ToString(), delete.HasWhere, delete.TopSpan is not null, delete.FromSpan is not null));
    }

    [Theory]
    [InlineData("INSERT INTO dbo.t (a) VALUES (1)", "dbo.t")]
    [InlineData("INSERT dbo.t SELECT a FROM s", "dbo.t")]
    [InlineData("INSERT TOP (10) INTO #t EXEC dbo.p", "#t")]
    [InlineData("INSERT INTO [app].[dbo].[t] DEFAULT VALUES", "app.dbo.t")]
    public void Insert_targets(string sql, string target) =>
        Assert.Equal(target, Single<InsertStatement>(sql).Target!.ToString());

    [Fact]
    public void Merge_reads_its_target_and_ends_at_the_semicolon()
    {
        var marked = MarkedSql.Parse("""
            [|MERGE INTO dbo.Settings WITH (HOLDLOCK) AS target
            USING (VALUES (N'a', 1)) AS source (Name, Value) ON target.Name = source.Name
            WHEN MATCHED THEN UPDATE SET Value = source.Value
            WHEN NOT MATCHED THEN INSERT (Name, Value) VALUES (source.Name, source.Value)|];
            """);
        var merge = Single<MergeStatement>(marked.Text);

        Assert.Equal(("dbo.Settings", marked.Spans[0]), (merge.Target!.ToString(), merge.Span));
    }

    [Fact]
    public void Truncate_and_update_statistics()
    {
        Assert.Equal(["dbo.Log"], Single<TruncateStatement>("TRUNCATE TABLE dbo.Log").Tables.Select(table => table.ToString()));
        var analyze = Single<AnalyzeStatement>("UPDATE STATISTICS dbo.Orders IX_Orders_Date WITH FULLSCAN");
        Assert.Equal((StatementKind.Analyze, "UPDATE STATISTICS", "dbo.Orders"), (analyze.Kind, analyze.Keywords, analyze.Tables[0].ToString()));
    }

    [Theory]
    [InlineData("DROP TABLE IF EXISTS dbo.a, #b", DropObjectType.Table, true, "dbo.a", "#b")]
    [InlineData("DROP VIEW dbo.v", DropObjectType.View, false, "dbo.v")]
    [InlineData("DROP PROCEDURE IF EXISTS dbo.p", DropObjectType.Procedure, true, "dbo.p")]
    [InlineData("DROP PROC dbo.p1, dbo.p2", DropObjectType.Procedure, false, "dbo.p1", "dbo.p2")]
    [InlineData("DROP FUNCTION dbo.f", DropObjectType.Function, false, "dbo.f")]
    [InlineData("DROP TRIGGER IF EXISTS dbo.trg", DropObjectType.Trigger, true, "dbo.trg")]
    [InlineData("DROP TRIGGER ddl_audit ON DATABASE", DropObjectType.Trigger, false, "ddl_audit")]
    [InlineData("DROP SCHEMA IF EXISTS staging", DropObjectType.Schema, true, "staging")]
    [InlineData("DROP TYPE dbo.IdList", DropObjectType.Type, false, "dbo.IdList")]
    [InlineData("DROP SEQUENCE dbo.OrderNumbers", DropObjectType.Sequence, false, "dbo.OrderNumbers")]
    [InlineData("DROP SYNONYM dbo.Customers", DropObjectType.Other, false, "dbo.Customers")]
    public void Drop_statements(string sql, DropObjectType objectType, bool ifExists, params string[] names)
    {
        var drop = Single<DropStatement>(sql);

        Assert.Equal((objectType, ifExists), (drop.ObjectType, drop.IfExists));
        Assert.Equal(names, drop.Names.Select(name => name.ToString()));
    }

    [Fact]
    public void Drop_database_has_its_own_node()
    {
        var drop = Single<DropDatabaseStatement>("DROP DATABASE IF EXISTS [Scratch]");

        Assert.Equal(("scratch", true, StatementKind.DropDatabase), (drop.Name!.Normalized, drop.IfExists, drop.Kind));
    }

    [Theory]
    [InlineData("DROP USER app_user")]
    [InlineData("DROP LOGIN [app]")]
    [InlineData("DROP ROLE reporting")]
    public void Dropping_principals_is_another_statement(string sql) =>
        Assert.StartsWith("DROP ", Single<OtherStatement>(sql).Keywords, StringComparison.Ordinal);

    [Fact]
    public void Names_fold_case_and_keep_up_to_four_parts()
    {
        var insert = Single<InsertStatement>("INSERT INTO [Srv].[App DB].\"Sales\".[Order]]s] VALUES (1)");
        var parts = insert.Target!.Parts;

        Assert.Equal(["Srv", "App DB", "Sales", "Order]s"], parts.Select(part => part.Text));
        Assert.Equal(["srv", "app db", "sales", "order]s"], parts.Select(part => part.Normalized));
        Assert.All(parts, part => Assert.True(part.IsQuoted));
        Assert.Equal("sales", insert.Target.Schema!.Normalized);
    }

    [Fact]
    public void An_omitted_schema_is_the_default_one()
    {
        var qualified = Single<InsertStatement>("INSERT INTO App..Orders VALUES (1)").Target!;
        var plain = Single<InsertStatement>("INSERT INTO ORDERS VALUES (1)").Target!;
        var dbo = Single<InsertStatement>("INSERT INTO [dbo].[Orders] VALUES (1)").Target!;

        Assert.Equal(3, qualified.Parts.Count);
        Assert.True(qualified.Matches(plain, Dialect.SqlServer));
        Assert.True(dbo.Matches(plain, Dialect.SqlServer));
        Assert.False(dbo.Matches(plain, Dialect.Postgres));
        Assert.Equal("dbo", QualifiedName.DefaultSchema(Dialect.SqlServer));
    }
}
