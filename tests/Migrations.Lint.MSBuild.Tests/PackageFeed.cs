namespace Migrations.Lint.MSBuild.Tests;

/// <summary>
/// Packs Migrations.Lint.MSBuild once per test run into a private feed, under a version no cache has seen,
/// and creates sample projects that restore it from there into a private package folder. Packages the SDK
/// itself needs come from the user's package folder (read-only, as a fallback) or the usual source.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("migrations-lint-msbuild-").FullName;
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        var (exitCode, output) = DotnetCommand.Run(
            Root,
            new Dictionary<string, string>(),
            "pack",
            RepositoryLayout.MSBuildProject,
            "--configuration",
            RepositoryLayout.Configuration,
            "--no-build",
            "--output",
            feed,
            $"-p:PackageVersion={Version}",
            "-nr:false");
        if (exitCode != 0)
        {
            Dispose();
            throw new InvalidOperationException($"packing Migrations.Lint.MSBuild failed:\n{output}");
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(feed));
    }

    /// <summary>Every sample project lives below this folder, next to the nuget.config that points at the feed.</summary>
    public string Root { get; }

    public string Version { get; }

    public string PackagesFolder { get; }

    public IReadOnlyDictionary<string, string> BuildEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    /// <summary>
    /// A new project folder referencing the package; <paramref name="properties"/> go into its PropertyGroup and
    /// <paramref name="items"/> (item elements) into its ItemGroup.
    /// </summary>
    public SampleProject CreateProject(
        string name, string targetFrameworks = "net8.0", IReadOnlyDictionary<string, string>? properties = null, string items = "") =>
        SampleProject.Create(this, Path.Combine(Root, "projects", name), targetFrameworks, properties ?? new Dictionary<string, string>(), items);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file open must not fail the run; the folder is under the temp path.
        }
    }

    private static string NuGetConfig(string feed)
    {
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(userPackages) ? $"""<add key="user" value="{userPackages}" />""" : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="test-feed" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="test-feed"><package pattern="Migrations.Lint.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders>
                <clear />
                {fallback}
              </fallbackPackageFolders>
            </configuration>
            """;
    }
}

/// <summary>Shares one packed feed between all tests, and runs them one at a time: each one runs real builds.</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Migrations.Lint.MSBuild package";
}
