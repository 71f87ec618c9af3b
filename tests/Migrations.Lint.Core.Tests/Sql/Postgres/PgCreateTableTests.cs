using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgCreateTableTests
{
    [Fact]
    public void Reads_name_modifiers_and_columns()
    {
        var table = PgTestParsing.Single<CreateTableStatement>("""
            CREATE UNLOGGED TABLE IF NOT EXISTS app.Users (
                id bigserial PRIMARY KEY,
                email varchar(255) NOT NULL UNIQUE,
                "Display Name" text
            );
            """);

        Assert.Equal("app.users", table.Name.ToString());
        Assert.True(table.IfNotExists);
        Assert.True(table.IsUnlogged);
        Assert.False(table.IsTemporary);
        Assert.Equal(["id", "email", "Display Name"], table.Columns.Select(column => column.Name.Normalized));
        Assert.Equal(["bigserial", "varchar", "text"], table.Columns.Select(column => column.DataType!.Name));
        Assert.True(table.Columns[0].IsPrimaryKey);
        Assert.True(table.Columns[1].IsNotNull);
        Assert.False(table.Columns[2].IsNotNull);
        Assert.True(table.Columns[2].Name.IsQuoted);
    }

    [Theory]
    [InlineData("varchar(255)", "varchar", new[] { "255" }, false)]
    [InlineData("character varying(64)", "character varying", new[] { "64" }, false)]
    [InlineData("numeric(10, 2)", "numeric", new[] { "10", "2" }, false)]
    [InlineData("timestamp", "timestamp", new string[0], false)]
    [InlineData("timestamp(3) without time zone", "timestamp without time zone", new[] { "3" }, false)]
    [InlineData("TIMESTAMP WITH TIME ZONE", "timestamp with time zone", new string[0], false)]
    [InlineData("timestamptz", "timestamptz", new string[0], false)]
    [InlineData("time(6) with time zone", "time with time zone", new[] { "6" }, false)]
    [InlineData("double precision", "double precision", new string[0], false)]
    [InlineData("int4", "int4", new string[0], false)]
    [InlineData("INT[]", "int", new string[0], true)]
    [InlineData("text[][]", "text", new string[0], true)]
    [InlineData("integer ARRAY[4]", "integer", new string[0], true)]
    [InlineData("bit varying(8)", "bit varying", new[] { "8" }, false)]
    [InlineData("national character varying(3)", "national character varying", new[] { "3" }, false)]
    [InlineData("interval day to second(3)", "interval day to second", new[] { "3" }, false)]
    [InlineData("\"MyType\"", "MyType", new string[0], false)]
    public void Reads_data_types(string type, string name, string[] modifiers, bool isArray)
    {
        var sql = MarkedSql.Parse($"CREATE TABLE t (c [|{type}|] NOT NULL);");
        var column = Assert.Single(PgTestParsing.Single<CreateTableStatement>(sql.Text).Columns);

        Assert.Equal(name, column.DataType!.Name);
        Assert.Equal(modifiers, column.DataType.Modifiers);
        Assert.Equal(isArray, column.DataType.IsArray);
        Assert.Equal(sql.Span, column.DataType.Span);
        Assert.True(column.IsNotNull);
    }

    [Fact]
    public void A_qualified_type_keeps_its_schema_apart()
    {
        var column = Assert.Single(PgTestParsing.Single<CreateTableStatement>("CREATE TABLE t (c pg_catalog.int8)").Columns);
        Assert.Equal("int8", column.DataType!.Name);
        Assert.Equal("pg_catalog", column.DataType.Schema!.Normalized);
    }

    [Fact]
    public void Reads_column_clauses_with_spans()
    {
        var sql = MarkedSql.Parse("CREATE TABLE t ([|a int CONSTRAINT a_nn [|NOT NULL|] DEFAULT [|42|] CHECK ([|a > 0|]) REFERENCES [|other|] (id) ON DELETE CASCADE|], b int);");
        var table = PgTestParsing.Single<CreateTableStatement>(sql.Text);
        var column = table.Columns[0];

        Assert.Equal(sql.Spans[0], column.Span);
        Assert.Equal(sql.Spans[1], column.NotNullSpan);
        Assert.Equal(sql.Spans[2], column.Default!.Span);
        Assert.Equal("42", column.Default.Text);
        Assert.Equal(Volatility.Constant, column.Default.Volatility);
        Assert.Equal([ConstraintType.Check, ConstraintType.ForeignKey], column.Constraints.Select(constraint => constraint.ConstraintType));
        Assert.Equal(sql.Spans[3], column.Constraints[0].Expression!.Span);
        Assert.Equal(sql.Spans[4], column.Constraints[1].References!.Span);
        Assert.All(column.Constraints, constraint => Assert.Equal("a", Assert.Single(constraint.Columns).Normalized));
    }

    [Fact]
    public void A_default_ends_at_the_next_constraint()
    {
        var table = PgTestParsing.Single<CreateTableStatement>("CREATE TABLE t (a timestamptz DEFAULT now() NOT NULL, b text DEFAULT 'x' || NULL, c int DEFAULT NULL)");

        Assert.Equal(["now()", "'x' || NULL", "NULL"], table.Columns.Select(column => column.Default!.Text));
        Assert.True(table.Columns[0].IsNotNull);
        Assert.Equal(Volatility.Stable, table.Columns[0].Default!.Volatility);
    }

    [Theory]
    [InlineData("id int GENERATED ALWAYS AS IDENTITY", GeneratedColumnKind.IdentityAlways)]
    [InlineData("id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10)", GeneratedColumnKind.IdentityByDefault)]
    [InlineData("total int GENERATED ALWAYS AS (a + b) STORED", GeneratedColumnKind.StoredExpression)]
    [InlineData("total int GENERATED ALWAYS AS (a + b) VIRTUAL", GeneratedColumnKind.VirtualExpression)]
    [InlineData("total int", GeneratedColumnKind.None)]
    public void Reads_generated_columns(string definition, GeneratedColumnKind kind)
    {
        var column = Assert.Single(PgTestParsing.Single<CreateTableStatement>($"CREATE TABLE t ({definition})").Columns);
        Assert.Equal(kind, column.Generated);
        Assert.Equal(kind is GeneratedColumnKind.StoredExpression or GeneratedColumnKind.VirtualExpression ? "a + b" : null, column.GeneratedExpression?.Text);
    }

    [Fact]
    public void Reads_table_constraints()
    {
        var sql = MarkedSql.Parse("""
            CREATE TABLE t (
                a int, b int, c int,
                [|CONSTRAINT t_pk PRIMARY KEY (a, b)|],
                [|UNIQUE NULLS NOT DISTINCT (c) DEFERRABLE|],
                [|CONSTRAINT t_fk FOREIGN KEY (c) REFERENCES s.other (id) MATCH FULL ON UPDATE SET NULL|],
                [|CHECK (a < b) NO INHERIT|],
                [|EXCLUDE USING gist (a WITH =)|]
            );
            """);
        var table = PgTestParsing.Single<CreateTableStatement>(sql.Text);

        Assert.Equal(3, table.Columns.Count);
        Assert.Equal(sql.Spans, table.Constraints.Select(constraint => constraint.Span));
        Assert.Equal(
            [ConstraintType.PrimaryKey, ConstraintType.Unique, ConstraintType.ForeignKey, ConstraintType.Check, ConstraintType.Exclude],
            table.Constraints.Select(constraint => constraint.ConstraintType));
        Assert.Equal("t_pk", table.Constraints[0].Name!.Normalized);
        Assert.Equal(["a", "b"], table.Constraints[0].Columns.Select(column => column.Normalized));
        Assert.True(table.Constraints[1].IsDeferrable);
        Assert.Equal("s.other", table.Constraints[2].References!.ToString());
        Assert.Equal(["id"], table.Constraints[2].ReferencedColumns.Select(column => column.Normalized));
        Assert.Equal("a < b", table.Constraints[3].Expression!.Text);
    }

    [Fact]
    public void Reads_like_inherits_and_partitioning()
    {
        var table = PgTestParsing.Single<CreateTableStatement>("CREATE TEMPORARY TABLE t (LIKE base INCLUDING DEFAULTS, a int) INHERITS (p1, s.p2) PARTITION BY LIST (a)");

        Assert.True(table.IsTemporary);
        Assert.Equal(["base"], table.Like.Select(name => name.ToString()));
        Assert.Equal(["p1", "s.p2"], table.Inherits.Select(name => name.ToString()));
        Assert.True(table.IsPartitioned);
        Assert.Null(table.PartitionOf);
    }

    [Fact]
    public void Reads_partitions()
    {
        var table = PgTestParsing.Single<CreateTableStatement>("CREATE TABLE events_2024 PARTITION OF events (created_at NOT NULL) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");

        Assert.Equal("events", table.PartitionOf!.ToString());
        var column = Assert.Single(table.Columns);
        Assert.Null(column.DataType);
        Assert.True(column.IsNotNull);
        Assert.False(table.IsPartitioned);
    }

    [Fact]
    public void Create_table_as()
    {
        var table = PgTestParsing.Single<CreateTableAsStatement>("CREATE TEMP TABLE IF NOT EXISTS snapshot (a) AS SELECT id FROM users WITH NO DATA");
        Assert.Equal("snapshot", table.Name.ToString());
        Assert.True(table.IsTemporary);
        Assert.True(table.IfNotExists);
        Assert.True(table.WithNoData);
        Assert.False(PgTestParsing.Single<CreateTableAsStatement>("CREATE TABLE s AS SELECT 1").WithNoData);
    }
}
