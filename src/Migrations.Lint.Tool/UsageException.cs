namespace Migrations.Lint.Tool;

/// <summary>A problem with what the user asked for (bad path, bad option value): exit code 5, one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
