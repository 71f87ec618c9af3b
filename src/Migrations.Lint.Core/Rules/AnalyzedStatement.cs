using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>A statement plus what is known where it runs, computed once per script for all rules.</summary>
/// <param name="Index">Position in the script, from 0.</param>
/// <param name="InExplicitTransaction">
/// When the statement starts, a BEGIN written in the script is open (so a BEGIN with this set is nested).
/// </param>
/// <param name="InTransaction">In a transaction, explicit or the one the runner wraps the script in.</param>
public sealed record AnalyzedStatement(
    SqlStatement Statement,
    int Index,
    bool InExplicitTransaction,
    bool InTransaction);
