using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Runner.Planning;

/// <summary>A migration to apply and how the history will record it.</summary>
internal sealed record PendingMigration(Migration Migration, HistoryEntryType Type, string Checksum);
