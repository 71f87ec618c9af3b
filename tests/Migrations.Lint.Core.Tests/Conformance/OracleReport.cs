namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>What <c>tests/oracle/pg-oracle.mjs</c> prints: PostgreSQL's own reading of each corpus file.</summary>
/// <param name="Parser">Which PostgreSQL parser answered, e.g. <c>libpg-query 18.1.5 (PostgreSQL 180004)</c>.</param>
public sealed record OracleReport(string Parser, IReadOnlyList<OracleFile> Files);
