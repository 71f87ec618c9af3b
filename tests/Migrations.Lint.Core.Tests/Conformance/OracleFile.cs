namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>One file as libpg-query parsed it; <see cref="Statements"/> is empty when it was rejected.</summary>
public sealed record OracleFile(string File, bool Ok, OracleError? Error, IReadOnlyList<OracleStatement> Statements);
