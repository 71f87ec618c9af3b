using Migrations.Lint.Core.Tests.Testing;
using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// The corpus under <c>Conformance/Corpus</c> read from the source tree, with PostgreSQL's reading of every
/// file: libpg-query runs once, in one Node.js process, for all the conformance tests.
/// </summary>
public sealed class ConformanceCorpus : IAsyncLifetime
{
    // Strict decoding: a corpus file that is not UTF-8 is a corpus bug, not something to paper over.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string RepositoryRoot { get; } = RepositoryPaths.Root;

    public string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "Migrations.Lint.Core.Tests", "Conformance");

    public string CorpusDirectory => Path.Combine(ConformanceDirectory, "Corpus");

    public string Parser { get; private set; } = "";

    public IReadOnlyList<CorpusFile> Files { get; private set; } = [];

    /// <summary>Reason by corpus-relative path.</summary>
    public IReadOnlyDictionary<string, string> Exclusions { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Exclusions = CorpusExclusions.Parse(await File.ReadAllLinesAsync(Path.Combine(ConformanceDirectory, "exclusions.txt")));
        var report = await PgOracle.RunAsync(RepositoryRoot, CorpusDirectory);
        Parser = report.Parser;
        var files = new List<CorpusFile>(report.Files.Count);
        foreach (var oracle in report.Files)
        {
            var path = Path.GetRelativePath(CorpusDirectory, oracle.File).Replace('\\', '/');

            // GetString keeps a leading BOM, as the oracle does, so offsets line up on both sides.
            var text = Utf8.GetString(await File.ReadAllBytesAsync(oracle.File));
            files.Add(new CorpusFile(path, new SourceText(text, path), oracle));
        }

        Files = files;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
