using Migrations.Lint.Config;
using Migrations.Lint.Linting;
using Migrations.Lint.Manifest;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class ManifestTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task Apply_and_rollback_run_the_set_the_manifest_validated()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var manifest = WriteManifest(files.Path);

        var apply = CliRun.Of("apply", "--manifest", manifest, "--connection", database);

        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Equal(2L, await DatabaseCluster.ScalarAsync<long>(database, "SELECT count(*) FROM migrate_lint_history WHERE success"));

        var rollback = CliRun.Of("rollback", "--manifest", manifest, "--connection", database);
        Assert.True(rollback.ExitCode == 0, rollback.Error);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('orders') IS NOT NULL"));
    }

    [Fact]
    public async Task A_file_edited_after_the_build_is_refused_with_exit_1_and_nothing_applied()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var manifest = WriteManifest(files.Path);
        var validated = ManifestOf(manifest).Migrations[1].Up.Sha256;
        var edited = files.Write("V2__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, note text);\n");

        var run = CliRun.Of("apply", "--manifest", manifest, "--connection", database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"V2__create_orders.sql changed since the build validated it: sha256 {MigrationManifest.Sha256Of(edited)} ≠ {validated}",
            run.Error,
            StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users') IS NOT NULL"));
    }

    [Fact]
    public async Task A_missing_file_is_refused_with_exit_1_naming_it()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var manifest = WriteManifest(files.Path);
        File.Delete(Path.Combine(files.Path, "U1__create_users.sql"));

        var run = CliRun.Of("apply", "--manifest", manifest, "--connection", database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("U1__create_users.sql is listed in the manifest but missing", run.Error, StringComparison.Ordinal);
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(database, "SELECT to_regclass('users') IS NOT NULL"));
    }

    [Fact]
    public async Task A_migration_whose_lint_failed_is_refused_with_exit_1()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var manifest = WriteManifest(files.Path);
        var original = ManifestOf(manifest);
        var failed = original with { Migrations = [original.Migrations[0], original.Migrations[1] with { Verdict = LintVerdict.Failed }] };
        using (var stream = File.Create(manifest))
        {
            ManifestJson.Write(failed, stream);
        }

        var run = CliRun.Of("apply", "--manifest", manifest, "--connection", database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("migration V2__create_orders failed lint", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 2, \"migrations\": [] }", "formatVersion 2 is not one this version reads")]
    [InlineData("{ \"formatVersion\": 1 }", "migrations is missing")]
    [InlineData("not json", "not valid JSON")]
    public void An_unreadable_manifest_exits_5(string text, string message)
    {
        using var files = new TempDirectory();
        var manifest = files.Write(MigrationManifest.FileName, text);

        var run = CliRun.Of("apply", "--manifest", manifest, "--connection", "Host=127.0.0.1;Database=none");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_and_paths_together_exit_5()
    {
        using var files = FlywayFiles.SafeSet();
        var manifest = WriteManifest(files.Path);

        var run = CliRun.Of("apply", files.Path, "--manifest", manifest, "--connection", "Host=127.0.0.1;Database=none");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("--manifest names the migrations", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Lints the folder and writes its manifest with the code the MSBuild task uses.</summary>
    private static string WriteManifest(string directory)
    {
        var rules = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        var config = ConfigLoader.Load(directory, null, ConfigOverrides.None, rules).Value!;
        var outcome = LintPipeline.Run([directory], config, directory);
        Assert.Equal(0, outcome.Report.ErrorCount);
        var manifest = MigrationManifest.Create(outcome, path => Path.GetRelativePath(directory, path).Replace('\\', '/'), "test");
        var path = Path.Combine(directory, MigrationManifest.FileName);
        using var stream = File.Create(path);
        ManifestJson.Write(manifest, stream);
        return path;
    }

    private static MigrationManifest ManifestOf(string path)
    {
        using var stream = File.OpenRead(path);
        return ManifestJson.Read(stream);
    }
}
