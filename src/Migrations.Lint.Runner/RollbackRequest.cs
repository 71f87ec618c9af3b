using Migrations.Lint.Migrations;

namespace Migrations.Lint.Runner;

/// <summary>Which applied migrations to revert, newest first: the last <see cref="Steps"/>, or all above <see cref="Target"/>.</summary>
/// <param name="Steps">How many to revert; used when <paramref name="Target"/> is null.</param>
/// <param name="Target">Revert every applied migration with a higher version; this one stays.</param>
/// <param name="DryRun">Work out and return what would be reverted, changing nothing.</param>
public sealed record RollbackRequest(int Steps = 1, MigrationVersion? Target = null, bool DryRun = false);
