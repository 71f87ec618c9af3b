namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class IncrementalBuildTests(PackageFeed feed)
{
    private const string LintSkipped = "Skipping target \"MigrationsLint\" because all output files are up-to-date";

    [Fact]
    public void A_build_without_changes_does_not_lint_again()
    {
        var project = feed.CreateProject(nameof(A_build_without_changes_does_not_lint_again))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers);
        var first = project.Build();
        Assert.True(first.Succeeded, first.ToString());
        Assert.Equal(1, first.LinesContaining("migrations-lint: linted 2 files:"));

        var second = project.BuildDetailed("--no-restore");

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(1, second.LinesContaining(LintSkipped));
        Assert.Equal(0, second.LinesContaining("migrations-lint: linted"));
    }

    [Fact]
    public void Editing_or_deleting_a_migration_lints_again_and_updates_the_manifest()
    {
        var project = feed.CreateProject(nameof(Editing_or_deleting_a_migration_lints_again_and_updates_the_manifest))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("Migrations/V2__index_email.sql", SampleMigrations.IndexConcurrently)
            .WithFile("Migrations/U2__index_email.sql", SampleMigrations.DropIndexConcurrently);
        Assert.True(project.Build().Succeeded);

        project.WithFile("Migrations/V2__index_email.sql", SampleMigrations.BlockingDropIndex).WithFile("Migrations/U2__index_email.sql", SampleMigrations.IndexConcurrently);
        var edited = project.BuildDetailed("--no-restore");

        Assert.True(edited.Succeeded, edited.ToString());
        Assert.Equal(0, edited.LinesContaining(LintSkipped));
        Assert.Equal(1, edited.LinesContaining("warning MIG202"));

        File.Delete(project.PathOf("Migrations/V2__index_email.sql"));
        var deleted = project.BuildDetailed("--no-restore");

        Assert.True(deleted.Succeeded, deleted.ToString());
        Assert.Equal(0, deleted.LinesContaining(LintSkipped));
        var manifest = ManifestFile.Read(project.OutputPathOf("migrations/migrations.manifest.json"));
        Assert.Equal(["V1__create_users"], manifest.Migrations.Select(migration => migration.Id));
    }
}
