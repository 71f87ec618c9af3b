using System.Reflection;

namespace Migrations.Lint.Reporting;

/// <summary>How the linter names itself in machine-readable reports (SARIF's tool.driver).</summary>
public sealed record ToolIdentity(string Name, string Version, string InformationUri)
{
    public static ToolIdentity Current { get; } = new(
        "migrations-lint",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        "https://github.com/migrations-lint/migrations-lint");
}
