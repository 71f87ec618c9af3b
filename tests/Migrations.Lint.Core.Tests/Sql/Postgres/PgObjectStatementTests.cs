using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgObjectStatementTests
{
    [Fact]
    public void Views()
    {
        var view = PgTestParsing.Single<CreateViewStatement>("CREATE OR REPLACE TEMP VIEW s.v AS SELECT 1");
        Assert.Equal(StatementKind.CreateView, view.Kind);
        Assert.True(view.OrReplace);
        Assert.True(view.IsTemporary);
        Assert.False(view.IsMaterialized);
        Assert.Equal("s.v", view.Name.ToString());

        var materialized = PgTestParsing.Single<CreateViewStatement>("CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1 WITH NO DATA");
        Assert.Equal(StatementKind.CreateMaterializedView, materialized.Kind);
        Assert.True(materialized.IsMaterialized);
        Assert.True(materialized.IfNotExists);
        Assert.True(materialized.WithNoData);
    }

    [Fact]
    public void Sequences()
    {
        var create = PgTestParsing.Single<CreateSequenceStatement>("CREATE TEMP SEQUENCE IF NOT EXISTS s.seq START 1");
        Assert.Equal("s.seq", create.Name.ToString());
        Assert.True(create.IfNotExists);
        Assert.True(create.IsTemporary);
        var alter = PgTestParsing.Single<AlterSequenceStatement>("ALTER SEQUENCE IF EXISTS seq OWNED BY t.id");
        Assert.Equal("seq", alter.Name.ToString());
        Assert.True(alter.IfExists);
    }

    [Fact]
    public void Extensions()
    {
        var create = PgTestParsing.Single<CreateExtensionStatement>("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA extensions");
        Assert.Equal("uuid-ossp", create.Name.Normalized);
        Assert.True(create.IfNotExists);
        Assert.Equal("extensions", create.Schema!.Normalized);
        Assert.Equal("postgis", PgTestParsing.Single<AlterExtensionStatement>("ALTER EXTENSION PostGIS UPDATE").Name.Normalized);
    }

    [Fact]
    public void Schemas_and_databases()
    {
        var schema = PgTestParsing.Single<CreateSchemaStatement>("CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_owner");
        Assert.Equal("app", schema.Name.Normalized);
        Assert.True(schema.IfNotExists);
        Assert.Equal("app_owner", schema.Authorization!.Normalized);
        Assert.Equal("bob", PgTestParsing.Single<CreateSchemaStatement>("CREATE SCHEMA AUTHORIZATION bob").Name.Normalized);
        Assert.Equal("shop", PgTestParsing.Single<CreateDatabaseStatement>("CREATE DATABASE shop OWNER app").Name.Normalized);
    }

    [Fact]
    public void Alter_system()
    {
        var set = PgTestParsing.Single<AlterSystemStatement>("ALTER SYSTEM SET Work_Mem = '64MB'");
        Assert.Equal("work_mem", set.Name);
        Assert.Equal("'64MB'", set.Value);
        Assert.False(set.IsReset);
        var reset = PgTestParsing.Single<AlterSystemStatement>("ALTER SYSTEM RESET work_mem");
        Assert.True(reset.IsReset);
        Assert.Null(reset.Value);
    }

    [Theory]
    [InlineData("COMMENT ON TABLE s.t IS 'users'", "TABLE", "s.t", false)]
    [InlineData("COMMENT ON COLUMN t.a IS NULL", "COLUMN", "t.a", true)]
    [InlineData("COMMENT ON MATERIALIZED VIEW m IS 'x'", "MATERIALIZED VIEW", "m", false)]
    [InlineData("COMMENT ON FUNCTION f(int) IS 'x'", "FUNCTION", "f", false)]
    [InlineData("COMMENT ON TRIGGER tr ON t IS 'x'", "TRIGGER", "tr", false)]
    [InlineData("COMMENT ON CAST (text AS int) IS 'x'", "CAST", null, false)]
    public void Comments(string sql, string objectType, string? target, bool isNull)
    {
        var comment = PgTestParsing.Single<CommentStatement>(sql);
        Assert.Equal(objectType, comment.ObjectType);
        Assert.Equal(target, comment.Target?.ToString());
        Assert.Equal(isNull, comment.IsNull);
    }
}
