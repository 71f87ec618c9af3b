using Migrations.Lint.Migrations;

namespace Migrations.Lint.Linting;

/// <summary>
/// What a run reads and what it reports on. Git-aware runs read the staged snapshot and report only the
/// changed files, while the rest of their migration sets is read as context: pairing rules see the other
/// half of a migration and schema rules the tables earlier migrations created.
/// </summary>
/// <param name="Files">Where the files come from.</param>
/// <param name="ReportedFiles">Full paths of the files to report on; null reports on every file.</param>
public sealed record LintScope(IMigrationFiles Files, IReadOnlySet<string>? ReportedFiles)
{
    public static LintScope WorkTree { get; } = new(WorkTreeFiles.Instance, ReportedFiles: null);
}
