using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql;

public sealed class DialectDetectorTests
{
    [Theory]
    [InlineData("CREATE TABLE t (a int)\nGO\n", "GO batch separator on line 2")]
    [InlineData("SELECT * FROM [Orders]", "[bracketed] name on line 1")]
    [InlineData("INSERT INTO t VALUES (N'x')", "N'…' string on line 1")]
    [InlineData("ALTER TABLE dbo.t ADD c int NULL", "dbo. schema on line 1")]
    [InlineData("ALTER TABLE t ADD c NVARCHAR(10) NULL", "NVARCHAR type on line 1")]
    [InlineData("CREATE TABLE t (id int IDENTITY(1, 1))", "IDENTITY(seed, increment) on line 1")]
    [InlineData("DECLARE @n int", "@variable on line 1")]
    [InlineData("EXEC sp_rename 't.a', 'b', 'COLUMN'", "sp_rename on line 1")]
    [InlineData("SET NOCOUNT ON", "SET NOCOUNT on line 1")]
    public void SQL_Server_signals(string sql, string reason)
    {
        var detection = DialectDetector.Detect(new SourceText(sql));

        Assert.Equal(Dialect.SqlServer, detection.Dialect);
        Assert.Equal("SQL Server syntax: " + reason, detection.Reason);
    }

    [Theory]
    [InlineData("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql", "$$ dollar-quoted string on line 1")]
    [InlineData("SELECT '1'::int", ":: cast on line 1")]
    [InlineData("CREATE TABLE t (id serial)", "SERIAL type on line 1")]
    [InlineData("CREATE INDEX CONCURRENTLY i ON t (a)", "CONCURRENTLY on line 1")]
    [InlineData("CREATE EXTENSION IF NOT EXISTS pgcrypto", "CREATE EXTENSION on line 1")]
    [InlineData("SELECT E'a\\nb'", "E'…' string on line 1")]
    [InlineData("INSERT INTO t (a) VALUES (1) RETURNING id", "RETURNING on line 1")]
    public void PostgreSQL_signals(string sql, string reason)
    {
        var detection = DialectDetector.Detect(new SourceText(sql));

        Assert.Equal(Dialect.Postgres, detection.Dialect);
        Assert.Equal("PostgreSQL syntax: " + reason, detection.Reason);
    }

    [Fact]
    public void More_kinds_of_signal_win_and_the_reason_lists_them_in_order()
    {
        var detection = DialectDetector.Detect(new SourceText("SET NOCOUNT ON\nGO\nCREATE TABLE [t] (a int)\nGO\n-- a::int in a comment\nSELECT 'x::int'"));

        Assert.Equal(Dialect.SqlServer, detection.Dialect);
        Assert.Equal("SQL Server syntax: SET NOCOUNT on line 1, GO batch separator on line 2, [bracketed] name on line 3", detection.Reason);
    }

    [Theory]
    [InlineData("CREATE TABLE t (a int); INSERT INTO t VALUES (1);", "No syntax particular to SQL Server or PostgreSQL.")]
    [InlineData("", "No syntax particular to SQL Server or PostgreSQL.")]
    [InlineData("SELECT a[1], tags FROM t WHERE tags @> ARRAY['x'] -- not [brackets]", "No syntax particular to SQL Server or PostgreSQL.")]
    [InlineData("DECLARE @x int\nSELECT 1::int", "As much SQL Server syntax (@variable on line 1) as PostgreSQL syntax (:: cast on line 2).")]
    public void Ties_decide_nothing(string sql, string reason)
    {
        var detection = DialectDetector.Detect(new SourceText(sql));

        Assert.Null(detection.Dialect);
        Assert.Equal(reason, detection.Reason);
    }
}
