using Migrations.Lint.Linting;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>
/// Each script is linted in its dialect (its name's, else its syntax's when detecting, else the default), and
/// rules written for PostgreSQL only never read SQL Server scripts, however PostgreSQL-like the hazard.
/// </summary>
public sealed class DialectScopeTests
{
    /// <summary>
    /// What their PostgreSQL versions would report: a BEGIN inside a transaction and none committed, an index
    /// dropped without CONCURRENTLY, a UNIQUE constraint, a dropped NOT NULL, varchar, timestamp, IDENTITY and
    /// an identifier over 63 characters.
    /// </summary>
    private const string SqlServerScript = """
        BEGIN TRANSACTION;
        BEGIN TRANSACTION;
        DROP INDEX IX_Users_Email ON dbo.Users;
        ALTER TABLE dbo.Users ADD CONSTRAINT UQ_Users_Email UNIQUE (Email);
        ALTER TABLE dbo.Users ALTER COLUMN Email varchar(200) NULL;
        CREATE TABLE dbo.Orders (Id int IDENTITY(1, 1), Note varchar(10), PlacedAt datetime, Payload nvarchar(max));
        CREATE INDEX IX_Orders_AVeryLongIndexNameThatGoesOnAndOnWellBeyondSixtyThreeCharacters ON dbo.Orders (PlacedAt);
        """;

    public static TheoryData<string> PostgresOnlyRules => [.. RuleRegistry.All
        .OfType<ScriptRule>()
        .Where(rule => !rule.Descriptor.Dialects.Contains(Dialect.SqlServer))
        .Select(rule => rule.Descriptor.Name)];

    [Fact]
    public void The_script_is_valid_tsql() =>
        Assert.Empty(SqlParser.Parse(new SourceText(SqlServerScript), new TextSpan(0, SqlServerScript.Length), Dialect.SqlServer).Errors);

    [Theory]
    [MemberData(nameof(PostgresOnlyRules))]
    public void Silent_on_sql_server_scripts(string ruleName)
    {
        var rule = RuleRegistry.All.Single(candidate => candidate.Descriptor.Name == ruleName);
        var settings = new LintSettings(AssumeInTransaction: true);
        var migration = InMemoryMigration.Create(SqlServerScript, dialect: Dialect.SqlServer);

        Assert.Empty(new Linter(settings, [rule]).Lint(InMemoryMigration.Set(migration)));
    }

    [Theory]
    [InlineData("CREATE INDEX IX ON [dbo].[Users] ([Email]);\nGO", true, "Creating an index on 'dbo.Users' without ONLINE = ON")]
    [InlineData("CREATE INDEX ix ON users (email);\nCREATE TABLE t (id bigserial, doc jsonb);", true, "Creating an index on 'users' without CONCURRENTLY")]
    [InlineData("CREATE INDEX ix ON users (email);", true, "Creating an index on 'users' without CONCURRENTLY")]
    [InlineData("CREATE INDEX ix ON dbo.users (email);", true, "Creating an index on 'dbo.users' without ONLINE = ON")]
    [InlineData("CREATE INDEX ix ON dbo.users (email);", false, "Creating an index on 'dbo.users' without CONCURRENTLY")]
    public void Unnamed_dialects_are_detected_only_when_asked(string sql, bool detect, string expectedStart)
    {
        var migration = InMemoryMigration.Create(sql, dialect: null);
        var settings = new LintSettings(DetectDialect: detect);

        var diagnostic = Assert.Single(new Linter(settings, [new RequireConcurrentIndex()]).Lint(InMemoryMigration.Set(migration)));
        Assert.StartsWith(expectedStart, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_dialect_wins_over_detection()
    {
        var migration = InMemoryMigration.Create("CREATE INDEX ix ON users (email);\nCREATE TABLE t (id bigserial);", dialect: Dialect.SqlServer);
        var settings = new LintSettings(DetectDialect: true);

        var diagnostic = Assert.Single(new Linter(settings, [new RequireConcurrentIndex()]).Lint(InMemoryMigration.Set(migration)));
        Assert.Contains("ONLINE = ON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE TABLE [dbo].[T] (Id int)\nGO", null, true, Dialect.SqlServer, DialectOrigin.Detected, true)]
    [InlineData("CREATE TABLE t (id bigserial);", null, true, Dialect.Postgres, DialectOrigin.Detected, false)]
    [InlineData("CREATE TABLE t (id int);", null, true, Dialect.Postgres, DialectOrigin.Default, false)]
    [InlineData("SELECT N'x', 'y'::text;", null, true, Dialect.Postgres, DialectOrigin.Default, true)]
    [InlineData("CREATE TABLE [dbo].[T] (Id int)\nGO", null, false, Dialect.Postgres, DialectOrigin.Configuration, false)]
    [InlineData("CREATE TABLE t (id bigserial);", Dialect.SqlServer, true, Dialect.SqlServer, DialectOrigin.Name, false)]
    public void Each_linted_file_records_its_dialect_where_it_came_from_and_whether_to_say_so(
        string sql, Dialect? named, bool detect, Dialect dialect, DialectOrigin origin, bool isNoteworthy)
    {
        var migration = InMemoryMigration.Create(sql, dialect: named);

        new Linter(new LintSettings(DetectDialect: detect), []).Lint(InMemoryMigration.Set(migration), out var dialects);

        var choice = Assert.Single(dialects).Choice;
        Assert.Equal((dialect, origin, isNoteworthy), (choice.Dialect, choice.Origin, choice.IsNoteworthy));
        Assert.Equal(origin is DialectOrigin.Detected or DialectOrigin.Default, choice.Reason is not null);
    }
}
