using System.Diagnostics;
using System.Text;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "CREATE", "ALTER", "DROP", "TABLE", "INDEX", "CONCURRENTLY", "UNIQUE", "ON", "ONLY", "IF", "NOT", "EXISTS",
        "ADD", "COLUMN", "CONSTRAINT", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "CHECK", "DEFAULT", "NULL",
        "SET", "RESET", "TO", "TYPE", "USING", "RENAME", "VALUE", "ENUM", "AS", "BEGIN", "ATOMIC", "END", "CASE",
        "WHEN", "THEN", "COMMIT", "ROLLBACK", "SAVEPOINT", "UPDATE", "DELETE", "FROM", "WHERE", "LIMIT", "WITH",
        "SELECT", "INSERT", "INTO", "VALUES", "FUNCTION", "PROCEDURE", "OR", "REPLACE", "RETURNS", "RETURN",
        "LANGUAGE", "DO", "VACUUM", "FULL", "REINDEX", "TRUNCATE", "CASCADE", "GENERATED", "ALWAYS", "IDENTITY",
        "PARTITION", "OF", "BY", "LIKE", "COMMENT", "IS", "REFRESH", "MATERIALIZED", "VIEW", "TRIGGER", "EXECUTE",
        "t", "users", "\"Quoted\"", "\"", "'", "'str'", "E'\\''", "$$", "$$ body; $$", "$tag$", "1", "2.5", "$1",
        ":var", "(", "(", ")", ")", "[", "]", ",", ",", ";", ";", ".", "::", "=", "*", "+", "--", "-- c\n", "/*",
        "*/", "\\gexec\n", "\\set x 1\n", "now()", "random()", "\n", "\r\n", "\uFEFF", "\0", "\\",
    ];

    [Fact]
    public void Random_token_soup_never_throws_and_keeps_spans_consistent()
    {
        var random = new Random(20240607);
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 60);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                builder.Append(random.Next(4) == 0 ? string.Empty : " ");
            }

            AssertConsistent(builder.ToString());
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ_09 \t\n\r'\"$;:,.()[]{}+-*/<>=!~@#%^&|`?\\\0\uFEFF\u00e9\ud83d\ude00";
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertConsistent(new string(chars));
        }
    }

    [Fact]
    public void Truncated_valid_statements_never_throw()
    {
        const string script = """
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t USING btree (a, lower(b)) INCLUDE (c) WHERE d IS NULL;
            ALTER TABLE ONLY t ADD COLUMN a int NOT NULL DEFAULT 0, ALTER COLUMN b TYPE bigint USING b::bigint, ADD CONSTRAINT c FOREIGN KEY (x) REFERENCES y (z) NOT VALID, RENAME COLUMN p TO q;
            CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, e varchar(10)[] CHECK (e <> '{}'), LIKE u INCLUDING ALL, CONSTRAINT k UNIQUE (e)) PARTITION BY RANGE (id);
            CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN a > 0 THEN 1 END; END;
            ALTER TYPE mood ADD VALUE IF NOT EXISTS 'x' BEFORE 'y';
            SET LOCAL lock_timeout = '5s'; REINDEX (CONCURRENTLY) TABLE t; VACUUM (FULL, ANALYZE) t;
            WITH x AS (SELECT 1) UPDATE t SET a = 1 WHERE b IN (SELECT * FROM x) RETURNING *;
            COMMENT ON COLUMN t.a IS 'x'; DROP TRIGGER IF EXISTS tr ON t CASCADE; CREATE TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION f();
            """;
        for (var length = 0; length <= script.Length; length++)
        {
            AssertConsistent(script[..length]);
        }
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_parse_without_recursion()
    {
        const int depth = 10_000;
        var sql = "CREATE TABLE t (a int CHECK " + new string('(', depth) + "1" + new string(')', depth) + ", b int DEFAULT " + new string('(', depth) + "now()" + new string(')', depth) + ");";
        var table = PgTestParsing.Single<CreateTableStatement>(sql);

        Assert.Equal(2, table.Columns.Count);
        Assert.Equal(Volatility.Stable, table.Columns[1].Default!.Volatility);
        var unbalanced = PgTestParsing.Parse("SELECT " + new string('(', depth) + "; SELECT 1;");
        Assert.Equal(depth, unbalanced.Errors.Count);
        Assert.Equal(2, unbalanced.Statements.Count);
    }

    [Theory]
    [InlineData("(;")]
    [InlineData(");")]
    [InlineData("CREATE FUNCTION f() BEGIN ATOMIC ;")]
    [InlineData("ALTER TABLE t ADD a int,")]
    [InlineData("WITH x AS (SELECT 1) ")]
    [InlineData("SELECT CASE WHEN x THEN ")]
    public void Pathological_repetition_stays_fast(string unit)
    {
        var sql = string.Concat(Enumerable.Repeat(unit, 20_000));
        var stopwatch = Stopwatch.StartNew();
        AssertConsistent(sql);

        // Quadratic behavior on 20,000 repetitions would take minutes; linear takes milliseconds.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"Took {stopwatch.Elapsed}.");
    }

    private static void AssertConsistent(string sql)
    {
        var source = new SourceText(sql);
        var script = PgParser.Parse(source);
        var previousEnd = 0;
        foreach (var statement in script.Statements)
        {
            Assert.InRange(statement.Span.Start, previousEnd, sql.Length);
            Assert.InRange(statement.Span.End, statement.Span.Start, sql.Length);
            Assert.True(statement.Span.Length > 0);
            Assert.True(statement.Span.Contains(statement.KeywordsSpan) || statement.KeywordsSpan.IsEmpty);
            Assert.NotNull(statement.Keywords);
            Assert.True(Enum.IsDefined(statement.Kind));
            previousEnd = statement.Span.End;
            if (statement is AlterTableStatement alter)
            {
                Assert.All(alter.Actions, action => Assert.True(statement.Span.Contains(action.Span)));
            }
        }

        Assert.All(script.Errors, error => Assert.True(error.Span.End <= sql.Length && error.Span.Start >= 0));
        Assert.All(script.Comments, comment => Assert.True(comment.End <= sql.Length));
        Assert.Equal(Dialect.Postgres, script.Dialect);
    }
}
