namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>Every test that needs PostgreSQL shares one cluster per test run (each test makes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
