using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>One corpus file: its path relative to the corpus folder, its text exactly as on disk, and PostgreSQL's reading.</summary>
public sealed record CorpusFile(string Path, SourceText Source, OracleFile Oracle)
{
    /// <summary>Files under <c>invalid/</c> must be rejected by PostgreSQL and by us.</summary>
    public bool IsInvalid => Path.StartsWith("invalid/", StringComparison.Ordinal);
}
