using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgMaintenanceStatementTests
{
    [Theory]
    [InlineData("VACUUM", false, false, new string[0])]
    [InlineData("VACUUM FULL users", true, false, new[] { "users" })]
    [InlineData("VACUUM FULL FREEZE VERBOSE ANALYZE a, s.b (c)", true, true, new[] { "a", "s.b" })]
    [InlineData("VACUUM (FULL, ANALYZE) t", true, true, new[] { "t" })]
    [InlineData("VACUUM (FULL false, VERBOSE) t", false, false, new[] { "t" })]
    [InlineData("VACUUM (FULL 1) t", true, false, new[] { "t" })]
    [InlineData("VACUUM ANALYZE t", false, true, new[] { "t" })]
    public void Vacuum(string sql, bool isFull, bool isAnalyze, string[] tables)
    {
        var vacuum = PgTestParsing.Single<VacuumStatement>(sql);
        Assert.Equal(isFull, vacuum.IsFull);
        Assert.Equal(isAnalyze, vacuum.IsAnalyze);
        Assert.Equal(tables, vacuum.Tables.Select(table => table.ToString()));
    }

    [Fact]
    public void Analyze()
    {
        Assert.Equal(["a", "b"], PgTestParsing.Single<AnalyzeStatement>("ANALYZE (VERBOSE) a (x, y), b").Tables.Select(table => table.ToString()));
        Assert.Empty(PgTestParsing.Single<AnalyzeStatement>("ANALYZE").Tables);
    }

    [Theory]
    [InlineData("CLUSTER", null, null)]
    [InlineData("CLUSTER VERBOSE s.t USING t_idx", "s.t", "t_idx")]
    [InlineData("CLUSTER (VERBOSE) t", "t", null)]
    [InlineData("CLUSTER t_idx ON t", "t", "t_idx")]
    public void Cluster(string sql, string? table, string? index)
    {
        var cluster = PgTestParsing.Single<ClusterStatement>(sql);
        Assert.Equal(table, cluster.Table?.ToString());
        Assert.Equal(index, cluster.Index?.Normalized);
    }

    [Fact]
    public void Refresh_materialized_view()
    {
        var refresh = PgTestParsing.Single<RefreshMaterializedViewStatement>("REFRESH MATERIALIZED VIEW CONCURRENTLY s.v");
        Assert.True(refresh.IsConcurrently);
        Assert.Equal("s.v", refresh.Name!.ToString());
        Assert.False(refresh.WithNoData);
        Assert.True(PgTestParsing.Single<RefreshMaterializedViewStatement>("REFRESH MATERIALIZED VIEW v WITH NO DATA").WithNoData);
    }
}
