using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>One direction's part of a single-file migration: the lines after its marker, up to the next marker.</summary>
internal readonly record struct ScriptSection(TextSpan Span, MigrationScriptOptions Options);
