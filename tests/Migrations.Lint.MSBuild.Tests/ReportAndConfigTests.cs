using System.Text.Json;

namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class ReportAndConfigTests(PackageFeed feed)
{
    [Fact]
    public void MigrationsLintSarifFile_writes_a_SARIF_report_even_when_the_lint_fails()
    {
        var project = feed.CreateProject(
                nameof(MigrationsLintSarifFile_writes_a_SARIF_report_even_when_the_lint_fails),
                properties: new Dictionary<string, string> { ["MigrationsLintSarifFile"] = "artifacts/migrations.sarif" })
            .WithFile("Migrations/V1__index_email.sql", SampleMigrations.BlockingIndex)
            .WithFile("Migrations/U1__index_email.sql", SampleMigrations.DropIndexConcurrently);

        var result = project.Build();

        Assert.False(result.Succeeded, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(project.PathOf("artifacts/migrations.sarif")));
        var finding = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("MIG102", finding.GetProperty("ruleId").GetString());
        var location = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("Migrations/V1__index_email.sql", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_migrate_lint_json_above_the_project_configures_the_lint_and_notes_are_logged_as_messages()
    {
        var project = feed.CreateProject(Path.Combine(nameof(A_migrate_lint_json_above_the_project_configures_the_lint_and_notes_are_logged_as_messages), "src", "App"))
            .WithFile("Migrations/V1__index_email.sql", SampleMigrations.BlockingIndex)
            .WithFile("Migrations/U1__index_email.sql", SampleMigrations.DropIndexConcurrently)
            .WithFile("../../migrate-lint.json", """{ "rules": { "require-concurrent-index": "note" } }""");

        var result = project.Build();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining($"{project.PathOf("Migrations/V1__index_email.sql")}(2,1,2,42): migrations-lint message MIG102: Creating an index"));
        Assert.Equal(1, result.LinesContaining("MIG102"));
    }

    [Fact]
    public void An_invalid_config_fails_the_build_at_the_offending_line()
    {
        var project = feed.CreateProject(nameof(An_invalid_config_fails_the_build_at_the_offending_line))
            .WithFile("Migrations/V1__create_users.sql", SampleMigrations.CreateUsers)
            .WithFile("Migrations/U1__create_users.sql", SampleMigrations.DropUsers)
            .WithFile("lint/strict.json", "{\n  \"rules\": { \"require-concurent-index\": \"error\" }\n}\n");

        var result = project.Build("-p:MigrationsLintConfig=lint/strict.json");

        Assert.False(result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining($"{project.PathOf("lint/strict.json")}(2,"));
        Assert.Equal(1, result.LinesContaining("error MIGBUILD001: unknown rule 'require-concurent-index'"));
    }
}
