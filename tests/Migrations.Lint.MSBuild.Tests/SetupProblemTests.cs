namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class SetupProblemTests(PackageFeed feed)
{
    [Fact]
    public void A_MigrationFile_that_does_not_exist_fails_the_build()
    {
        var project = feed.CreateProject(
                nameof(A_MigrationFile_that_does_not_exist_fails_the_build),
                items: """<MigrationFile Include="Scripts/V9__missing.sql" />""")
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers);

        var result = project.Build();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining($"{project.PathOf("Scripts/V9__missing.sql")} : migrations-lint error MIGBUILD002: migration file not found"));
    }

    [Fact]
    public void Two_migrations_bound_for_the_same_output_path_fail_the_build()
    {
        var project = feed.CreateProject(nameof(Two_migrations_bound_for_the_same_output_path_fail_the_build))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("db/migrations/V1__create_users.sql", SampleMigrations.CreateUsers);

        var result = project.Build();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Equal(
            1,
            result.LinesContaining($"{project.PathOf("db/migrations/V1__create_users.sql")} : migrations-lint error MIGBUILD004: '{project.PathOf("Migrations/V1__create_users.sql")}' and this file would both be copied to migrations/V1__create_users.sql"));
    }

    [Fact]
    public void An_unknown_MigrationsLintDialect_fails_the_build()
    {
        var project = feed.CreateProject(
                nameof(An_unknown_MigrationsLintDialect_fails_the_build),
                properties: new Dictionary<string, string> { ["MigrationsLintDialect"] = "mysql" })
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers);

        var result = project.Build();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining("error MIGBUILD001: MigrationsLintDialect is 'mysql'; expected postgres, sqlserver or auto"));
    }
}
