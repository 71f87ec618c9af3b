using Migrations.Lint.Migrations;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>The <c>--target</c> option's version.</summary>
internal static class TargetVersion
{
    /// <exception cref="UsageException">The text is not a migration version.</exception>
    public static MigrationVersion? Parse(string? text) =>
        text is null ? null
        : MigrationVersion.TryParse(text, out var version) ? version
        : throw new UsageException($"--target: '{text}' is not a migration version (digit groups such as 3, 1.2 or 20240101120000)");
}
