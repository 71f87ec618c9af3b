using Migrations.Lint.Migrations;

namespace Migrations.Lint.Runner;

/// <param name="Steps">Apply at most this many pending migrations; null for all.</param>
/// <param name="Target">Apply pending versioned migrations up to and including this version; null for all.</param>
/// <param name="DryRun">Work out and return what would run, changing nothing (not even creating the history table).</param>
/// <param name="BackupDirectory">
/// When set, <c>pg_dump</c> the database into a new file in this folder before applying anything (not on a
/// dry run, and not when nothing is pending); a failed backup means nothing is applied.
/// </param>
public sealed record ApplyRequest(int? Steps = null, MigrationVersion? Target = null, bool DryRun = false, string? BackupDirectory = null);
