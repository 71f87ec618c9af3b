using System.Reflection;
using Migrations.Lint.MSBuild.Tests;

namespace Migrations.Lint.Tool.Tests.Installed;

/// <summary>
/// The tool as users get it: packed from this build's outputs into a private feed (nupkg/) under a version no
/// NuGet cache has seen, then installed with <c>dotnet tool install --tool-path</c> from that feed alone.
/// Runs go through <c>dotnet migrate-lint</c>, the way the README tells users to call it.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private const string PackageId = "Migrations.Lint.Tool";

    public InstalledTool()
    {
        Root = Directory.CreateTempSubdirectory("migrations-lint-tool-").FullName;
        Version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        ToolPath = Path.Combine(Root, "tools");
        var feed = Path.Combine(Root, "nupkg");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(feed));

        // Only the tool project: its references are already built in this configuration, and rebuilding them
        // here would race the MSBuild package tests, which pack from the same outputs. Packing restores as the
        // developer's build does; installing sees only the feed, through a package folder of its own.
        Run(RepositoryPaths.Root, new Dictionary<string, string>(), "pack", Path.Combine(RepositoryPaths.Root, "src", "Migrations.Lint.Tool", "Migrations.Lint.Tool.csproj"),
            "--configuration", Configuration, "--output", feed, $"-p:PackageVersion={Version}", "-p:PackRidSpecificTool=true", "-p:BuildProjectReferences=false", "-nr:false");
        Run(Root, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") }, "tool", "install", PackageId, "--tool-path", ToolPath, "--version", Version, "--add-source", feed);
    }

    public string Root { get; }

    public string Version { get; }

    /// <summary>The folder <c>dotnet tool install --tool-path</c> installed into (its <c>.store</c> holds the packages).</summary>
    public string ToolPath { get; }

    private static string Configuration { get; } =
        typeof(InstalledTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "Configuration").Value!;

    /// <summary>Runs <c>dotnet migrate-lint</c> from the repository root, so paths in reports start at <c>samples/</c>.</summary>
    public (int ExitCode, string Output) MigrateLint(params string[] arguments)
    {
        var path = ToolPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        return DotnetCommand.Run(RepositoryPaths.Root, new Dictionary<string, string> { ["PATH"] = path }, ["migrate-lint", .. arguments]);
    }

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

    private void Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output) = DotnetCommand.Run(workingDirectory, environment, arguments);
        if (exitCode != 0)
        {
            Dispose();
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        }
    }

    /// <summary>The private feed only: the tool package has no dependencies to fetch.</summary>
    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="tool-feed" value="{feed}" />
          </packageSources>
        </configuration>
        """;
}
