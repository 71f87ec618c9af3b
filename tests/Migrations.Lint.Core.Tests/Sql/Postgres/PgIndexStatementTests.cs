using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgIndexStatementTests
{
    [Fact]
    public void Create_index_reads_every_part()
    {
        var sql = MarkedSql.Parse("CREATE UNIQUE INDEX [|CONCURRENTLY|] IF NOT EXISTS [|idx_users_email|] ON ONLY [|public.users|] USING BTREE [|(email, lower(name) DESC, (a + b))|] INCLUDE (id, \"Created\") WHERE [|deleted_at IS NULL|];");
        var index = PgTestParsing.Single<CreateIndexStatement>(sql.Text);

        Assert.True(index.IsUnique);
        Assert.True(index.IsConcurrently);
        Assert.Equal(sql.Spans[0], index.ConcurrentlySpan);
        Assert.True(index.IfNotExists);
        Assert.Equal("idx_users_email", index.Name!.Normalized);
        Assert.Equal(sql.Spans[1], index.Name.Span);
        Assert.True(index.IsOnly);
        Assert.Equal("public", index.Table.Schema!.Normalized);
        Assert.Equal("users", index.Table.Name.Normalized);
        Assert.Equal(sql.Spans[2], index.Table.Span);
        Assert.Equal("btree", index.Method);
        Assert.Equal(sql.Spans[3], index.ColumnsSpan);
        Assert.Equal(["email"], index.Columns.Select(column => column.Normalized));
        Assert.Equal(["id", "Created"], index.Include.Select(column => column.Normalized));
        Assert.Equal(sql.Spans[4], index.WhereSpan);
    }

    [Fact]
    public void Create_index_without_name_or_options()
    {
        var index = PgTestParsing.Single<CreateIndexStatement>("create index on Orders (customer_id)");

        Assert.False(index.IsUnique);
        Assert.False(index.IsConcurrently);
        Assert.Null(index.ConcurrentlySpan);
        Assert.False(index.IfNotExists);
        Assert.Null(index.Name);
        Assert.Equal("orders", index.Table.Name.Normalized);
        Assert.Null(index.Table.Schema);
        Assert.Null(index.Method);
        Assert.Empty(index.Include);
        Assert.Null(index.WhereSpan);
        Assert.Equal("CREATE INDEX", index.Keywords);
    }

    [Theory]
    [InlineData("REINDEX INDEX i", ReindexTarget.Index, "i", false)]
    [InlineData("REINDEX TABLE CONCURRENTLY s.t", ReindexTarget.Table, "s.t", true)]
    [InlineData("REINDEX (CONCURRENTLY) INDEX i", ReindexTarget.Index, "i", true)]
    [InlineData("REINDEX (VERBOSE, CONCURRENTLY true) SCHEMA s", ReindexTarget.Schema, "s", true)]
    [InlineData("REINDEX (CONCURRENTLY off) INDEX i", ReindexTarget.Index, "i", false)]
    [InlineData("REINDEX (VERBOSE) DATABASE d", ReindexTarget.Database, "d", false)]
    [InlineData("REINDEX SYSTEM", ReindexTarget.System, null, false)]
    public void Reindex_reads_target_name_and_concurrency(string sql, ReindexTarget target, string? name, bool concurrently)
    {
        var reindex = PgTestParsing.Single<ReindexStatement>(sql);

        Assert.Equal(target, reindex.Target);
        Assert.Equal(name, reindex.Name?.ToString());
        Assert.Equal(concurrently, reindex.IsConcurrently);
        Assert.Equal(concurrently, reindex.ConcurrentlySpan is not null);
    }
}
