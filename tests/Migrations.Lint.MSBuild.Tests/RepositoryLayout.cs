using System.Reflection;

namespace Migrations.Lint.MSBuild.Tests;

/// <summary>Where the repository is and which configuration built this test run, as the test project recorded them.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string MSBuildProject { get; } =
        Path.Combine(Root, "src", "Migrations.Lint.MSBuild", "Migrations.Lint.MSBuild.csproj");

    private static string Metadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' is empty");
}
