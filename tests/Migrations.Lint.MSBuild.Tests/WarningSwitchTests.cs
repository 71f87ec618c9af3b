namespace Migrations.Lint.MSBuild.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class WarningSwitchTests(PackageFeed feed)
{
    [Theory]
    [InlineData("", true, "warning")]
    [InlineData("NoWarn=$(NoWarn);MIG202", true, null)]
    [InlineData("WarningsAsErrors=$(WarningsAsErrors);MIG202", false, "error")]
    [InlineData("TreatWarningsAsErrors=true", false, "error")]
    [InlineData("TreatWarningsAsErrors=true|WarningsNotAsErrors=MIG202", true, "warning")]
    [InlineData("TreatWarningsAsErrors=true|NoWarn=$(NoWarn);MIG202", true, null)]
    [InlineData("MigrationsLintWarningsAsErrors=true", false, "error")]
    public void A_rule_warning_obeys_the_warning_switches_of_the_project(string properties, bool succeeds, string? reportedAs)
    {
        var project = feed.CreateProject(
                "WarningSwitches" + FolderName(properties),
                properties: ParseProperties(properties))
            .WithFile("Migrations/V1__drop_index.sql", SampleMigrations.BlockingDropIndex)
            .WithFile("Migrations/U1__drop_index.sql", SampleMigrations.IndexConcurrently);

        var result = project.Build();

        Assert.True(succeeds == result.Succeeded, result.ToString());
        Assert.Equal(reportedAs is null ? 0 : 1, result.LinesContaining("MIG202: Dropping index"));
        if (reportedAs is not null)
        {
            Assert.Equal(1, result.LinesContaining($"migrations-lint {reportedAs} MIG202"));
        }
    }

    [Theory]
    [InlineData("", true, "warning")]
    [InlineData("WarningsAsErrors=$(WarningsAsErrors);MIG202", false, "error")]
    [InlineData("NoWarn=$(NoWarn);MIG202", true, null)]
    public void A_multi_targeted_project_lints_once_and_reports_each_finding_once(string properties, bool succeeds, string? reportedAs)
    {
        var project = feed.CreateProject(
                "MultiTargeted" + FolderName(properties),
                targetFrameworks: "net8.0;net10.0",
                properties: ParseProperties(properties))
            .WithFile("db/migrations/1_drop_index.up.sql", SampleMigrations.BlockingDropIndex)
            .WithFile("db/migrations/1_drop_index.down.sql", SampleMigrations.IndexConcurrently);

        var result = project.Build();

        Assert.True(succeeds == result.Succeeded, result.ToString());
        Assert.Equal(1, result.LinesContaining("migrations-lint: linted 2 files:"));
        Assert.Equal(reportedAs is null ? 0 : 1, result.LinesContaining("MIG202: Dropping index"));
        if (reportedAs is not null)
        {
            Assert.Equal(1, result.LinesContaining($"migrations-lint {reportedAs} MIG202"));
        }

        if (succeeds)
        {
            Assert.True(File.Exists(project.OutputPathOf("migrations/migrations.manifest.json", "net8.0")));
            Assert.True(File.Exists(project.OutputPathOf("migrations/migrations.manifest.json", "net10.0")));
        }
    }

    /// <summary>One folder per case: the letters and digits of its properties.</summary>
    private static string FolderName(string properties) =>
        string.Concat(properties.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    /// <summary><c>Name=Value|Name=Value</c>: a bar, because values such as NoWarn hold semicolons.</summary>
    private static Dictionary<string, string> ParseProperties(string properties) =>
        properties.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(property => property.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
}
