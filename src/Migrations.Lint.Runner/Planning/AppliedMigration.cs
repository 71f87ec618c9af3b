using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Runner.Planning;

/// <summary>A successful versioned history row and its migration on disk, a candidate for rollback.</summary>
internal sealed record AppliedMigration(HistoryEntry Entry, Migration Migration);
