namespace Migrations.Lint.Runner.Inspection;

/// <summary>An index with pg_index.indisvalid = false, left by a failed concurrent build: unused by queries, still written on every change.</summary>
/// <param name="DropStatement">What to run before building it again.</param>
public sealed record InvalidIndexEntry(string Schema, string Name, string DropStatement);
