using Migrations.Lint.Linting;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tests.Rules;

/// <summary>Rules written for PostgreSQL only never read SQL Server scripts, however PostgreSQL-like the hazard.</summary>
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
}
