namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>Why libpg-query rejected a file, and the UTF-16 offset it points at.</summary>
public sealed record OracleError(string Message, int Position);
