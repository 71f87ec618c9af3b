namespace Migrations.Lint.MSBuild;

/// <summary>Two migration files that the build would copy to the same <see cref="TargetPath"/>.</summary>
internal sealed record TargetPathClash(string First, string Second, string TargetPath);
