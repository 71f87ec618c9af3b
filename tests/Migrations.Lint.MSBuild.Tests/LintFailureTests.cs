namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class LintFailureTests(PackageFeed feed)
{
    [Fact]
    public void An_unsafe_migration_fails_the_build_with_its_file_span_and_code()
    {
        var project = feed.CreateProject(nameof(An_unsafe_migration_fails_the_build_with_its_file_span_and_code))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("Migrations/V2__index_email.sql", SampleMigrations.BlockingIndex)
            .WithFile("Migrations/U2__index_email.sql", SampleMigrations.DropIndexConcurrently);

        var result = project.Build();

        Assert.False(result.Succeeded, result.ToString());
        var file = project.PathOf("Migrations/V2__index_email.sql");
        Assert.Equal(1, result.LinesContaining($"{file}(2,1,2,42): migrations-lint error MIG102: Creating an index on 'users' without CONCURRENTLY"));
        Assert.Equal(1, result.LinesContaining("MIG102"));
        Assert.False(File.Exists(project.OutputPathOf("migrations/migrations.manifest.json")));
    }

    [Fact]
    public void A_failed_lint_runs_again_on_the_next_build_until_the_migration_is_fixed()
    {
        var project = feed.CreateProject(nameof(A_failed_lint_runs_again_on_the_next_build_until_the_migration_is_fixed))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("Migrations/V2__index_email.sql", SampleMigrations.BlockingIndex)
            .WithFile("Migrations/U2__index_email.sql", SampleMigrations.DropIndexConcurrently);
        Assert.False(project.Build().Succeeded);

        var unchanged = project.BuildDetailed("--no-restore");

        Assert.False(unchanged.Succeeded, unchanged.ToString());
        Assert.Equal(1, unchanged.LinesContaining("error MIG102"));
        Assert.Equal(0, unchanged.LinesContaining("Skipping target \"MigrationsLint\""));

        project.WithFile("Migrations/V2__index_email.sql", SampleMigrations.IndexConcurrently).WithFile("Migrations/U2__index_email.sql", SampleMigrations.DropIndexConcurrently);
        var fixedBuild = project.Build("--no-restore");

        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.True(File.Exists(project.OutputPathOf("migrations/migrations.manifest.json")));
    }

    [Fact]
    public void MigrationsLintEnabled_false_turns_the_lint_and_the_manifest_off()
    {
        var project = feed.CreateProject(
                nameof(MigrationsLintEnabled_false_turns_the_lint_and_the_manifest_off),
                properties: new Dictionary<string, string> { ["MigrationsLintEnabled"] = "false" })
            .WithFile("Migrations/V1__index_email.sql", SampleMigrations.BlockingIndex)
            .WithFile("Migrations/U1__index_email.sql", SampleMigrations.DropIndexConcurrently);

        var result = project.Build();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(0, result.LinesContaining("MIG102"));
        Assert.False(Directory.Exists(project.OutputPathOf("migrations")));
    }
}
