using Migrations.Lint.Text;

namespace Migrations.Lint.Runner.Execution;

/// <summary>One statement of a script, as the runner sends it.</summary>
/// <param name="Index">0-based position in the script.</param>
/// <param name="Line">1-based line in the file, for messages.</param>
/// <param name="Keywords">The leading keywords (<c>CREATE UNIQUE INDEX</c>), for logs.</param>
/// <param name="NonTransactionalReason">
/// Why the statement cannot run inside a transaction block (<c>CREATE INDEX CONCURRENTLY</c>), or null.
/// </param>
/// <param name="BuildsIndexConcurrently">A failure of it can leave an invalid index behind.</param>
/// <param name="ControlsTransaction">BEGIN, COMMIT, ROLLBACK, savepoints: the script manages its own transactions.</param>
internal sealed record ScriptStatement(
    int Index,
    TextSpan Span,
    string Text,
    int Line,
    string Keywords,
    string? NonTransactionalReason,
    bool BuildsIndexConcurrently,
    bool ControlsTransaction);
