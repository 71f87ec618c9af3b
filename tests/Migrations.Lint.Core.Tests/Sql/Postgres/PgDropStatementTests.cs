using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgDropStatementTests
{
    [Theory]
    [InlineData("DROP TABLE t", DropObjectType.Table)]
    [InlineData("DROP INDEX i", DropObjectType.Index)]
    [InlineData("DROP VIEW v", DropObjectType.View)]
    [InlineData("DROP MATERIALIZED VIEW v", DropObjectType.MaterializedView)]
    [InlineData("DROP SCHEMA s", DropObjectType.Schema)]
    [InlineData("DROP TYPE mood", DropObjectType.Type)]
    [InlineData("DROP DOMAIN d", DropObjectType.Domain)]
    [InlineData("DROP SEQUENCE s", DropObjectType.Sequence)]
    [InlineData("DROP FUNCTION f(int)", DropObjectType.Function)]
    [InlineData("DROP PROCEDURE p", DropObjectType.Procedure)]
    [InlineData("DROP ROUTINE r", DropObjectType.Routine)]
    [InlineData("DROP AGGREGATE a(int)", DropObjectType.Aggregate)]
    [InlineData("DROP EXTENSION e", DropObjectType.Extension)]
    [InlineData("DROP FOREIGN TABLE f", DropObjectType.ForeignTable)]
    [InlineData("DROP COLLATION c", DropObjectType.Collation)]
    [InlineData("DROP SERVER s", DropObjectType.Other)]
    [InlineData("DROP EVENT TRIGGER e", DropObjectType.Other)]
    [InlineData("DROP FOREIGN DATA WRAPPER w", DropObjectType.Other)]
    public void Reads_the_object_type(string sql, DropObjectType type)
    {
        var drop = PgTestParsing.Single<DropStatement>(sql);
        Assert.Equal(type, drop.ObjectType);
        Assert.Single(drop.Names);
    }

    [Fact]
    public void Reads_names_if_exists_and_behavior()
    {
        var sql = MarkedSql.Parse("DROP TABLE IF EXISTS [|public.a|], [|\"B\"|] CASCADE");
        var drop = PgTestParsing.Single<DropStatement>(sql.Text);

        Assert.True(drop.IfExists);
        Assert.Equal(DropBehavior.Cascade, drop.Behavior);
        Assert.Equal(sql.Spans, drop.Names.Select(name => name.Span));
        Assert.Equal(["public.a", "B"], drop.Names.Select(name => name.ToString()));
        Assert.False(drop.IsConcurrently);
        Assert.Null(drop.Table);
    }

    [Fact]
    public void Drop_index_concurrently()
    {
        var drop = PgTestParsing.Single<DropStatement>("DROP INDEX CONCURRENTLY IF EXISTS i RESTRICT");
        Assert.True(drop.IsConcurrently);
        Assert.True(drop.IfExists);
        Assert.Equal(DropBehavior.Restrict, drop.Behavior);
    }

    [Fact]
    public void Drop_function_names_leave_out_argument_types()
    {
        var drop = PgTestParsing.Single<DropStatement>("DROP FUNCTION f(int, text), s.g()");
        Assert.Equal(["f", "s.g"], drop.Names.Select(name => name.ToString()));
        Assert.Equal(DropBehavior.None, drop.Behavior);
    }

    [Theory]
    [InlineData("DROP TRIGGER IF EXISTS tr ON s.t CASCADE", DropObjectType.Trigger)]
    [InlineData("DROP POLICY tr ON s.t", DropObjectType.Policy)]
    [InlineData("DROP RULE tr ON s.t", DropObjectType.Rule)]
    public void Drop_trigger_policy_and_rule_name_their_table(string sql, DropObjectType type)
    {
        var drop = PgTestParsing.Single<DropStatement>(sql);
        Assert.Equal(type, drop.ObjectType);
        Assert.Equal("tr", Assert.Single(drop.Names).ToString());
        Assert.Equal("s.t", drop.Table!.ToString());
    }

    [Fact]
    public void Drop_database_has_its_own_node()
    {
        var drop = PgTestParsing.Single<DropDatabaseStatement>("DROP DATABASE IF EXISTS Shop WITH (FORCE)");
        Assert.Equal("shop", drop.Name!.Normalized);
        Assert.True(drop.IfExists);
        Assert.True(drop.IsForce);
        Assert.False(PgTestParsing.Single<DropDatabaseStatement>("DROP DATABASE shop").IsForce);
    }
}
