using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgDataStatementTests
{
    [Fact]
    public void Update_with_where()
    {
        var sql = MarkedSql.Parse("UPDATE ONLY [|public.users|] AS u SET name = 'x' FROM orgs o WHERE [|u.org_id = o.id AND o.id IN (SELECT 1 WHERE true)|] RETURNING u.id");
        var update = PgTestParsing.Single<UpdateStatement>(sql.Text);

        Assert.Equal(sql.Spans[0], update.Target!.Span);
        Assert.True(update.HasWhere);
        Assert.Equal(sql.Spans[1], update.WhereSpan);
    }

    [Fact]
    public void Update_without_where_ignores_nested_ones()
    {
        var update = PgTestParsing.Single<UpdateStatement>("UPDATE t SET a = (SELECT b FROM u WHERE u.id = 1)");
        Assert.False(update.HasWhere);
        Assert.Null(update.WhereSpan);
        Assert.Equal("t", update.Target!.ToString());
    }

    [Fact]
    public void Update_after_common_table_expressions()
    {
        var sql = MarkedSql.Parse("WITH old AS (SELECT id FROM t WHERE a < 0) UPDATE t SET a = 0 WHERE [|id IN (SELECT id FROM old)|]");
        var update = PgTestParsing.Single<UpdateStatement>(sql.Text);
        Assert.Equal(sql.Span, update.WhereSpan);
        Assert.Equal("WITH", update.Keywords);
    }

    [Fact]
    public void Delete_with_and_without_where()
    {
        var sql = MarkedSql.Parse("DELETE FROM [|sessions|] USING users WHERE [|sessions.user_id = users.id|]");
        var delete = PgTestParsing.Single<DeleteStatement>(sql.Text);
        Assert.Equal(sql.Spans[0], delete.Target!.Span);
        Assert.Equal(sql.Spans[1], delete.WhereSpan);

        var all = PgTestParsing.Single<DeleteStatement>("WITH x AS (DELETE FROM a WHERE true RETURNING *) DELETE FROM b");
        Assert.False(all.HasWhere);
        Assert.Equal("b", all.Target!.ToString());
    }

    [Fact]
    public void Insert_and_merge_targets()
    {
        Assert.Equal("s.t", PgTestParsing.Single<InsertStatement>("INSERT INTO s.t (a) SELECT 1").Target!.ToString());
        Assert.Equal("t", PgTestParsing.Single<InsertStatement>("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x").Target!.ToString());
        Assert.Equal("t", PgTestParsing.Single<MergeStatement>("MERGE INTO t USING s ON true WHEN NOT MATCHED THEN DO NOTHING").Target!.ToString());
    }

    [Fact]
    public void Truncate()
    {
        var truncate = PgTestParsing.Single<TruncateStatement>("TRUNCATE TABLE ONLY a, s.b * RESTART IDENTITY CASCADE");
        Assert.Equal(["a", "s.b"], truncate.Tables.Select(table => table.ToString()));
        Assert.True(truncate.RestartIdentity);
        Assert.True(truncate.IsCascade);

        var plain = PgTestParsing.Single<TruncateStatement>("TRUNCATE a CONTINUE IDENTITY RESTRICT");
        Assert.False(plain.RestartIdentity);
        Assert.False(plain.IsCascade);
    }

    [Fact]
    public void Queries()
    {
        Assert.IsType<SelectStatement>(Assert.Single(PgTestParsing.Parse("WITH x AS (SELECT 1) SELECT * FROM x").Statements));
        Assert.IsType<SelectStatement>(Assert.Single(PgTestParsing.Parse("SELECT a INTO new_table FROM t").Statements));
    }
}
