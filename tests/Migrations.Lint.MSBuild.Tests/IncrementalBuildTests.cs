namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class IncrementalBuildTests(PackageFeed feed)
{
    private const string LintSkipped = "Skipping target \"MigrationsLint\" because all output files are up-to-date";

    /// <summary>The file list and settings, rewritten only when they change.</summary>
    private const string InputsFile = "obj/Debug/migrations-lint/lint.inputs";

    [Fact]
    public void A_build_without_changes_does_not_lint_again()
    {
        var project = feed.CreateProject(nameof(A_build_without_changes_does_not_lint_again))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers);
        var first = project.Build();
        Assert.True(first.Succeeded, first.ToString());
        Assert.Equal(1, first.LinesContaining("migrations-lint: linted 2 files:"));

        var inputsWritten = File.GetLastWriteTimeUtc(project.PathOf(InputsFile));

        var second = project.BuildDetailed("--no-restore");

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(1, second.LinesContaining(LintSkipped));
        Assert.Equal(0, second.LinesContaining("migrations-lint: linted"));
        Assert.Equal(inputsWritten, File.GetLastWriteTimeUtc(project.PathOf(InputsFile)));
    }

    [Fact]
    public void Renaming_a_migration_lints_again_though_no_file_is_newer()
    {
        var project = feed.CreateProject(nameof(Renaming_a_migration_lints_again_though_no_file_is_newer))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers);
        Assert.True(project.Build().Succeeded);

        // A move keeps the file's time stamp, so only the file list can tell.
        File.Move(project.PathOf("Migrations/V1__create_users.sql"), project.PathOf("Migrations/V1__create_accounts.sql"));
        File.Move(project.PathOf("Migrations/U1__create_users.sql"), project.PathOf("Migrations/U1__create_accounts.sql"));
        var renamed = project.BuildDetailed("--no-restore");

        Assert.True(renamed.Succeeded, renamed.ToString());
        Assert.Equal(0, renamed.LinesContaining(LintSkipped));
        var manifest = ManifestFile.Read(project.OutputPathOf("migrations/migrations.manifest.json"));
        Assert.Equal(["V1__create_accounts.sql"], manifest.Migrations.Select(migration => migration.Up.Path));
    }

    [Fact]
    public void A_MIG_code_added_to_a_warning_switch_lints_again_and_other_codes_do_not()
    {
        var project = feed.CreateProject(nameof(A_MIG_code_added_to_a_warning_switch_lints_again_and_other_codes_do_not))
            .WithFile("Migrations/V1__drop_index.sql", SampleMigrations.BlockingDropIndex)
            .WithFile("Migrations/U1__drop_index.sql", SampleMigrations.IndexConcurrently);
        Assert.True(project.Build().Succeeded);

        var otherCode = project.BuildDetailed("--no-restore", "-p:WarningsAsErrors=CS0168");
        var migCode = project.BuildDetailed("--no-restore", "-p:WarningsAsErrors=CS0168%3B MIG202");

        Assert.True(otherCode.Succeeded, otherCode.ToString());
        Assert.Equal(1, otherCode.LinesContaining(LintSkipped));
        Assert.False(migCode.Succeeded, migCode.ToString());
        Assert.Equal(1, migCode.LinesContaining("error MIG202"));
    }

    [Fact]
    public void A_migration_added_by_a_target_is_linted_and_copied_to_the_output()
    {
        var project = feed.CreateProject(nameof(A_migration_added_by_a_target_is_linted_and_copied_to_the_output))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("Generated/V2__drop_index.sql", SampleMigrations.BlockingDropIndex)
            .WithFile("Generated/U2__drop_index.sql", SampleMigrations.IndexConcurrently)
            .WithFile("Directory.Build.targets", """
                <Project>
                  <Target Name="AddGeneratedMigrations" BeforeTargets="PrepareForBuild">
                    <ItemGroup>
                      <MigrationFile Include="Generated/*.sql" />
                    </ItemGroup>
                  </Target>
                </Project>
                """);

        var result = project.Build();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining("warning MIG202"));
        var manifest = ManifestFile.Read(project.OutputPathOf("migrations/migrations.manifest.json"));
        Assert.Equal(["V1__create_users.sql", "V2__drop_index.sql"], manifest.Migrations.Select(migration => migration.Up.Path));
        Assert.True(File.Exists(project.OutputPathOf("migrations/V2__drop_index.sql")));
    }

    [Fact]
    public void Editing_or_deleting_a_migration_lints_again_and_updates_the_manifest_and_the_copies()
    {
        var project = feed.CreateProject(nameof(Editing_or_deleting_a_migration_lints_again_and_updates_the_manifest_and_the_copies))
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
        Assert.Equal(SampleMigrations.BlockingDropIndex, File.ReadAllText(project.OutputPathOf("migrations/V2__index_email.sql")));

        File.Delete(project.PathOf("Migrations/V2__index_email.sql"));
        var deleted = project.BuildDetailed("--no-restore");

        Assert.True(deleted.Succeeded, deleted.ToString());
        Assert.Equal(0, deleted.LinesContaining(LintSkipped));
        var manifest = ManifestFile.Read(project.OutputPathOf("migrations/migrations.manifest.json"));
        Assert.Equal(["V1__create_users"], manifest.Migrations.Select(migration => migration.Id));
        Assert.False(File.Exists(project.OutputPathOf("migrations/V2__index_email.sql")));
        Assert.True(File.Exists(project.OutputPathOf("migrations/V1__create_users.sql")));
    }
}
