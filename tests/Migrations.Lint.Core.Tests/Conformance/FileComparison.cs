namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>How one corpus file fared: statements PostgreSQL found, how many we matched, and what differed.</summary>
/// <param name="Mismatches">Readable lines, each with a line:col and both readings of the text.</param>
public sealed record FileComparison(string File, int Statements, int AgreedStatements, IReadOnlyList<string> Mismatches)
{
    public bool Agrees => Mismatches.Count == 0;
}
