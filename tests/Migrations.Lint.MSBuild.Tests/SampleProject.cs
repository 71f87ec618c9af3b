using System.Security;

namespace Migrations.Lint.MSBuild.Tests;

/// <summary>A project in a temporary folder that references the packed package, built with the real dotnet CLI.</summary>
public sealed class SampleProject
{
    private readonly PackageFeed _feed;
    private int _runs;

    private SampleProject(PackageFeed feed, string directory, string targetFrameworks)
    {
        _feed = feed;
        Directory = directory;
        TargetFrameworks = targetFrameworks;
    }

    public string Directory { get; }

    public string TargetFrameworks { get; }

    public string ProjectFile => Path.Combine(Directory, "Sample.csproj");

    internal static SampleProject Create(
        PackageFeed feed, string directory, string targetFrameworks, IReadOnlyDictionary<string, string> properties, string items)
    {
        System.IO.Directory.CreateDirectory(directory);
        var project = new SampleProject(feed, directory, targetFrameworks);
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        var extra = string.Concat(properties.Select(property => $"\n    <{property.Key}>{SecurityElement.Escape(property.Value)}</{property.Key}>"));
        File.WriteAllText(project.ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>{extra}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Migrations.Lint.MSBuild" Version="{feed.Version}" />{items}
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    public SampleProject WithFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>A file in the build output of <paramref name="targetFramework"/> (Debug).</summary>
    public string OutputPathOf(string relativePath, string? targetFramework = null) =>
        Path.Combine(Directory, "bin", "Debug", targetFramework ?? TargetFrameworks, relativePath);

    public BuildResult Build(params string[] arguments) => Run("build", "normal", arguments);

    /// <summary>A build whose log also says which targets ran and which were skipped.</summary>
    public BuildResult BuildDetailed(params string[] arguments) => Run("build", "detailed", arguments);

    public BuildResult Publish(params string[] arguments) => Run("publish", "normal", arguments);

    public BuildResult Clean(params string[] arguments) => Run("clean", "normal", arguments);

    /// <summary>
    /// The console logger repeats every warning and error in a closing summary; the file logger without one
    /// shows each finding exactly as often as it was logged.
    /// </summary>
    private BuildResult Run(string command, string verbosity, string[] arguments)
    {
        var log = Path.Combine(_feed.Root, "logs", $"{Path.GetFileName(Directory)}-{++_runs}-{command}.log");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var (exitCode, output) = DotnetCommand.Run(
            Directory,
            _feed.BuildEnvironment,
            [command, ProjectFile, "-nr:false", "-tl:off", "-noconsolelogger", $"-fileLoggerParameters:LogFile={log};Verbosity={verbosity};NoSummary", .. arguments]);
        return new BuildResult(exitCode, File.Exists(log) ? File.ReadAllText(log) : "", output);
    }
}
