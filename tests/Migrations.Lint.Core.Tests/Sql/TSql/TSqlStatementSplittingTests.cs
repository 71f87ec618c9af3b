using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>Where statements end when T-SQL gives no semicolon: a keyword that can only start a statement.</summary>
public sealed class TSqlStatementSplittingTests
{
    [Theory]
    [InlineData("SELECT 1 SELECT 2", "SELECT 1", "SELECT 2")]
    [InlineData("SELECT 1; SELECT 2;", "SELECT 1", "SELECT 2")]
    [InlineData("SELECT 1;;; SELECT 2", "SELECT 1", "SELECT 2")]
    [InlineData("CREATE TABLE t (a int)\nCREATE INDEX ix ON t (a)\nDROP TABLE u", "CREATE TABLE t (a int)", "CREATE INDEX ix ON t (a)", "DROP TABLE u")]
    [InlineData("DECLARE @x int = 1 PRINT @x RETURN", "DECLARE @x int = 1", "PRINT @x", "RETURN")]
    [InlineData("SET NOCOUNT ON SET XACT_ABORT ON", "SET NOCOUNT ON", "SET XACT_ABORT ON")]
    [InlineData("USE [app] EXEC dbo.p CHECKPOINT", "USE [app]", "EXEC dbo.p", "CHECKPOINT")]
    public void Statement_keywords_start_new_statements(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("SELECT a FROM t UNION ALL SELECT b FROM u SELECT 3", "SELECT a FROM t UNION ALL SELECT b FROM u", "SELECT 3")]
    [InlineData("SELECT a FROM t EXCEPT SELECT a FROM u INTERSECT SELECT a FROM v", "SELECT a FROM t EXCEPT SELECT a FROM u INTERSECT SELECT a FROM v")]
    [InlineData("(SELECT 1) UNION (SELECT 2) SELECT 3", "(SELECT 1) UNION (SELECT 2)", "SELECT 3")]
    [InlineData("INSERT INTO t (a) SELECT a FROM s SELECT 1", "INSERT INTO t (a) SELECT a FROM s", "SELECT 1")]
    [InlineData("INSERT t OUTPUT inserted.a INTO @log SELECT 1 SELECT 2", "INSERT t OUTPUT inserted.a INTO @log SELECT 1", "SELECT 2")]
    [InlineData("INSERT t EXEC dbo.p EXEC dbo.q", "INSERT t EXEC dbo.p", "EXEC dbo.q")]
    [InlineData("INSERT INTO t VALUES (1), (2) SELECT 3", "INSERT INTO t VALUES (1), (2)", "SELECT 3")]
    [InlineData("INSERT INTO t DEFAULT VALUES SELECT 3", "INSERT INTO t DEFAULT VALUES", "SELECT 3")]
    [InlineData("BULK INSERT dbo.t FROM 'f.csv' WITH (FIRSTROW = 2)", "BULK INSERT dbo.t FROM 'f.csv' WITH (FIRSTROW = 2)")]
    [InlineData("DECLARE c CURSOR FOR SELECT id FROM t FOR UPDATE OF id OPEN c", "DECLARE c CURSOR FOR SELECT id FROM t FOR UPDATE OF id", "OPEN c")]
    public void Queries_that_feed_a_statement_continue_it(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("UPDATE t SET a = 1 SET NOCOUNT OFF", "UPDATE t SET a = 1", "SET NOCOUNT OFF")]
    [InlineData("UPDATE t WITH (ROWLOCK) SET a = 1 WHERE b = 2 DELETE FROM t", "UPDATE t WITH (ROWLOCK) SET a = 1 WHERE b = 2", "DELETE FROM t")]
    [InlineData("UPDATE STATISTICS dbo.t SET NOCOUNT ON", "UPDATE STATISTICS dbo.t", "SET NOCOUNT ON")]
    [InlineData("SET ANSI_NULLS ON UPDATE t SET b = 2", "SET ANSI_NULLS ON", "UPDATE t SET b = 2")]
    [InlineData(
        "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES r (id) ON DELETE SET NULL ON UPDATE CASCADE DELETE FROM t",
        "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES r (id) ON DELETE SET NULL ON UPDATE CASCADE",
        "DELETE FROM t")]
    [InlineData(
        "MERGE t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id) WHEN NOT MATCHED BY SOURCE THEN DELETE; SELECT 1",
        "MERGE t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id) WHEN NOT MATCHED BY SOURCE THEN DELETE",
        "SELECT 1")]
    [InlineData("SELECT * FROM a INNER MERGE JOIN b ON a.id = b.id", "SELECT * FROM a INNER MERGE JOIN b ON a.id = b.id")]
    [InlineData("IF UPDATE(a) PRINT 'a'", "IF UPDATE(a) PRINT 'a'", "> PRINT 'a'")]
    public void Data_change_keywords_inside_a_statement_continue_it(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("ALTER TABLE t DROP COLUMN a DROP TABLE u", "ALTER TABLE t DROP COLUMN a", "DROP TABLE u")]
    [InlineData("ALTER TABLE t DROP pk_t, COLUMN a, b", "ALTER TABLE t DROP pk_t, COLUMN a, b")]
    [InlineData("ALTER TABLE t ALTER COLUMN c int NOT NULL ALTER TABLE u ADD d int", "ALTER TABLE t ALTER COLUMN c int NOT NULL", "ALTER TABLE u ADD d int")]
    [InlineData("ALTER TABLE t SET (LOCK_ESCALATION = AUTO) SET XACT_ABORT ON", "ALTER TABLE t SET (LOCK_ESCALATION = AUTO)", "SET XACT_ABORT ON")]
    [InlineData("ALTER TABLE t ADD c int SET XACT_ABORT ON", "ALTER TABLE t ADD c int", "SET XACT_ABORT ON")]
    [InlineData("ALTER TABLE t ALTER COLUMN c DROP MASKED", "ALTER TABLE t ALTER COLUMN c DROP MASKED")]
    [InlineData("ALTER TABLE t DISABLE TRIGGER ALL DISABLE TRIGGER trg ON u", "ALTER TABLE t DISABLE TRIGGER ALL", "DISABLE TRIGGER trg ON u")]
    [InlineData("ALTER INDEX ix ON t DISABLE ENABLE TRIGGER trg ON t", "ALTER INDEX ix ON t DISABLE", "ENABLE TRIGGER trg ON t")]
    [InlineData("ALTER INDEX ALL ON dbo.t SET (ALLOW_PAGE_LOCKS = ON) SET NOCOUNT ON", "ALTER INDEX ALL ON dbo.t SET (ALLOW_PAGE_LOCKS = ON)", "SET NOCOUNT ON")]
    [InlineData(
        "ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE SET NOCOUNT ON",
        "ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE",
        "SET NOCOUNT ON")]
    [InlineData("ALTER DATABASE SCOPED CONFIGURATION SET MAXDOP = 4 SET NOCOUNT ON", "ALTER DATABASE SCOPED CONFIGURATION SET MAXDOP = 4", "SET NOCOUNT ON")]
    [InlineData("DROP TABLE IF EXISTS dbo.x IF EXISTS (SELECT 1) PRINT 'y'", "DROP TABLE IF EXISTS dbo.x", "IF EXISTS (SELECT 1) PRINT 'y'", "> PRINT 'y'")]
    [InlineData("ALTER TABLE t DROP COLUMN IF EXISTS c", "ALTER TABLE t DROP COLUMN IF EXISTS c")]
    public void Alter_actions_belong_to_their_statement_only_where_the_action_starts(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("GRANT SELECT, INSERT, UPDATE, DELETE ON dbo.t TO app DENY DELETE ON dbo.u TO app", "GRANT SELECT, INSERT, UPDATE, DELETE ON dbo.t TO app", "DENY DELETE ON dbo.u TO app")]
    [InlineData("GRANT EXECUTE ON SCHEMA::dbo TO app WITH GRANT OPTION", "GRANT EXECUTE ON SCHEMA::dbo TO app WITH GRANT OPTION")]
    [InlineData("GRANT CREATE TABLE, ALTER ANY SCHEMA TO deployer", "GRANT CREATE TABLE, ALTER ANY SCHEMA TO deployer")]
    [InlineData("REVOKE GRANT OPTION FOR SELECT ON t FROM u CASCADE", "REVOKE GRANT OPTION FOR SELECT ON t FROM u CASCADE")]
    public void Permissions_name_statements_without_starting_them(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("WITH x AS (SELECT 1 a), y (b) AS (SELECT 2) SELECT * FROM x, y SELECT 3", "WITH x AS (SELECT 1 a), y (b) AS (SELECT 2) SELECT * FROM x, y", "SELECT 3")]
    [InlineData("SELECT 1; WITH cte AS (SELECT 2 b) SELECT b FROM cte", "SELECT 1", "WITH cte AS (SELECT 2 b) SELECT b FROM cte")]
    [InlineData("WITH old AS (SELECT id FROM t WHERE a < 0) DELETE FROM old SELECT 1", "WITH old AS (SELECT id FROM t WHERE a < 0) DELETE FROM old", "SELECT 1")]
    [InlineData("WITH XMLNAMESPACES ('urn:x' AS x) SELECT 1", "WITH XMLNAMESPACES ('urn:x' AS x) SELECT 1")]
    [InlineData("SELECT * FROM t WITH (NOLOCK) WHERE a = 1 SELECT 2", "SELECT * FROM t WITH (NOLOCK) WHERE a = 1", "SELECT 2")]
    [InlineData("RAISERROR('x', 16, 1) WITH NOWAIT RETURN", "RAISERROR('x', 16, 1) WITH NOWAIT", "RETURN")]
    [InlineData("EXEC dbo.p WITH RECOMPILE EXEC dbo.q", "EXEC dbo.p WITH RECOMPILE", "EXEC dbo.q")]
    [InlineData("BEGIN TRAN t1 WITH MARK 'deploy' COMMIT", "BEGIN TRAN t1 WITH MARK 'deploy'", "COMMIT")]
    public void Only_a_common_table_expression_makes_WITH_start_a_statement(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("SELECT 1 AS x THROW 50000, 'x', 1", "SELECT 1 AS x THROW 50000, 'x', 1")]
    [InlineData("SELECT 1; THROW 50000, 'x', 1", "SELECT 1", "THROW 50000, 'x', 1")]
    [InlineData("BEGIN CATCH_ALL: THROW; END", "BEGIN CATCH_ALL: THROW; END", "> CATCH_ALL:", "> THROW")]
    [InlineData("IF @@TRANCOUNT > 0 THROW 50000, 'open', 1", "IF @@TRANCOUNT > 0 THROW 50000, 'open', 1", "> THROW 50000, 'open', 1")]
    public void THROW_starts_a_statement_only_where_one_is_expected(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));

    [Theory]
    [InlineData("SELECT * FROM t ORDER BY a OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY FETCH NEXT FROM c", "SELECT * FROM t ORDER BY a OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY", "FETCH NEXT FROM c")]
    [InlineData("SET @x = CASE WHEN @y = 1 THEN 'a' ELSE 'b' END SELECT @x", "SET @x = CASE WHEN @y = 1 THEN 'a' ELSE 'b' END", "SELECT @x")]
    [InlineData("SELECT CASE WHEN a = 1 THEN CASE b WHEN 2 THEN 3 END END FROM t SELECT 2", "SELECT CASE WHEN a = 1 THEN CASE b WHEN 2 THEN 3 END END FROM t", "SELECT 2")]
    [InlineData("retry: SELECT 1 GOTO retry", "retry:", "SELECT 1", "GOTO retry")]
    [InlineData("EXEC dbo.p @a = 1, @b = DEFAULT EXEC dbo.q", "EXEC dbo.p @a = 1, @b = DEFAULT", "EXEC dbo.q")]
    [InlineData("SELECT a FROM t WHERE b IN (SELECT b FROM u) SELECT 2", "SELECT a FROM t WHERE b IN (SELECT b FROM u)", "SELECT 2")]
    [InlineData("CREATE SCHEMA s AUTHORIZATION dbo CREATE TABLE t (a int)", "CREATE SCHEMA s AUTHORIZATION dbo", "CREATE TABLE t (a int)")]
    [InlineData(
        "ALTER TABLE t ADD b datetime2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL SELECT 1",
        "ALTER TABLE t ADD b datetime2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL",
        "SELECT 1")]
    [InlineData(
        "CREATE SECURITY POLICY p ADD BLOCK PREDICATE dbo.f(a) ON dbo.t AFTER INSERT WITH (STATE = ON)",
        "CREATE SECURITY POLICY p ADD BLOCK PREDICATE dbo.f(a) ON dbo.t AFTER INSERT WITH (STATE = ON)")]
    [InlineData("ALTER PARTITION FUNCTION pf() MERGE RANGE (1) SELECT 1", "ALTER PARTITION FUNCTION pf() MERGE RANGE (1)", "SELECT 1")]
    public void Keywords_inside_expressions_and_clauses_do_not_split(string sql, params string[] expected) =>
        Assert.Equal(expected, Outline(sql));
}
