namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>A PostgreSQL parse-node type, optionally narrowed to one subtype; a null subtype matches any.</summary>
public sealed record PgNode(string Type, string? Subtype = null)
{
    public bool Matches(OracleStatement statement) =>
        string.Equals(Type, statement.Type, StringComparison.Ordinal)
        && (Subtype is null || string.Equals(Subtype, statement.Subtype, StringComparison.Ordinal));
}
