namespace Migrations.Lint.Runner;

/// <summary>Why a migration failed, with passwords already redacted.</summary>
/// <param name="Message">The server's message (or the driver's), one line.</param>
/// <param name="SqlState">The five-character SQLSTATE when the server reported the error.</param>
/// <param name="Line">1-based line in the script's file of the failing statement (or of the error position in it).</param>
/// <param name="Statement">The start of the failing statement, on one line.</param>
/// <param name="Remedy">What to run before retrying, e.g. the <c>DROP INDEX CONCURRENTLY</c> of an index the failure left invalid.</param>
public sealed record MigrationFailure(
    string Message,
    string? SqlState,
    string Script,
    int? Line,
    string? Statement,
    string? Remedy)
{
    public override string ToString() =>
        $"{Script}{(Line is { } line ? $":{line}" : "")}: {Message}{(SqlState is null ? "" : $" (SQLSTATE {SqlState})")}"
        + (Remedy is null ? "" : $"; {Remedy}");
}
