namespace Migrations.Lint.Runner.Execution;

/// <summary>A statement of a migration script failed; carries the statement so the failure can point at its line.</summary>
internal sealed class StatementFailedException(ScriptStatement statement, Exception innerException)
    : Exception(innerException.Message, innerException)
{
    public ScriptStatement Statement { get; } = statement;
}
