namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class ManifestTests(PackageFeed feed)
{
    [Fact]
    public void A_clean_build_copies_the_migrations_and_a_manifest_of_their_hashes_to_the_output()
    {
        var project = feed.CreateProject(nameof(A_clean_build_copies_the_migrations_and_a_manifest_of_their_hashes_to_the_output))
            .WithFile("Migrations/2024/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/2024/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("Migrations/2024/V2__index_email.sql", SampleMigrations.IndexConcurrently)
            .WithFile("Migrations/2024/U2__index_email.sql", SampleMigrations.DropIndexConcurrently)
            .WithFile("Migrations/2025/V3__drop_index.sql", SampleMigrations.BlockingDropIndex)
            .WithFile("Migrations/2025/U3__drop_index.sql", SampleMigrations.IndexConcurrently);

        var result = project.Build();

        Assert.True(result.Succeeded, result.ToString());
        var outputFolder = project.OutputPathOf("migrations");
        var manifest = ManifestFile.Read(Path.Combine(outputFolder, "migrations.manifest.json"));
        Assert.Equal(1, manifest.FormatVersion);
        Assert.Equal("postgres", manifest.Dialect);
        Assert.Equal(
            [
                ("1", "create users", "2024/V1__create_users.sql", "2024/U1__create_users.sql", "passed"),
                ("2", "index email", "2024/V2__index_email.sql", "2024/U2__index_email.sql", "passed"),
                ("3", "drop index", "2025/V3__drop_index.sql", "2025/U3__drop_index.sql", "warnings"),
            ],
            manifest.Migrations.Select(migration => (migration.Version, migration.Description, migration.Up.Path, migration.Down?.Path, migration.Lint)));
        Assert.All(manifest.Migrations, migration => Assert.Equal(("versioned", "flyway", "postgres"), (migration.Kind, migration.Convention, migration.Dialect)));
        AssertHashesMatch(manifest, outputFolder, project.PathOf("Migrations"));
    }

    [Fact]
    public void Publishing_copies_the_manifest_and_the_migrations_to_the_publish_folder()
    {
        var project = feed.CreateProject(nameof(Publishing_copies_the_manifest_and_the_migrations_to_the_publish_folder))
            .WithFile("db/migrations/1_create_users.up.sql", SampleMigrations.CreateUsers)
            .WithFile("db/migrations/1_create_users.down.sql", "DROP TABLE users;\n");
        var publishFolder = project.PathOf("published");

        var result = project.Publish("--output", publishFolder);

        Assert.True(result.Succeeded, result.ToString());
        var manifest = ManifestFile.Read(Path.Combine(publishFolder, "migrations", "migrations.manifest.json"));
        var migration = Assert.Single(manifest.Migrations);
        Assert.Equal(("golang-migrate", "1_create_users.up.sql", "1_create_users.down.sql"), (migration.Convention, migration.Up.Path, migration.Down?.Path));
        AssertHashesMatch(manifest, Path.Combine(publishFolder, "migrations"), project.PathOf("db/migrations"));
    }

    [Fact]
    public void Cleaning_deletes_the_copied_migrations_and_the_manifest()
    {
        var project = feed.CreateProject(nameof(Cleaning_deletes_the_copied_migrations_and_the_manifest))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers);
        var built = project.Build();
        Assert.True(built.Succeeded, built.ToString());
        Assert.True(File.Exists(project.OutputPathOf("migrations/V1__create_users.sql")));

        var result = project.Clean();

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(File.Exists(project.OutputPathOf("migrations/V1__create_users.sql")));
        Assert.False(File.Exists(project.OutputPathOf("migrations/migrations.manifest.json")));
    }

    /// <summary>Each script's recorded hash is that of the source file and of its copy beside the manifest.</summary>
    private static void AssertHashesMatch(ManifestFile manifest, string outputFolder, string sourceFolder)
    {
        var scripts = manifest.Migrations.SelectMany(migration => migration.Down is null ? [migration.Up] : new[] { migration.Up, migration.Down });
        Assert.All(scripts, script =>
        {
            Assert.Equal(ManifestFile.Sha256Of(Path.Combine(sourceFolder, script.Path)), script.Sha256);
            Assert.Equal(script.Sha256, ManifestFile.Sha256Of(Path.Combine(outputFolder, script.Path)));
        });
    }
}
