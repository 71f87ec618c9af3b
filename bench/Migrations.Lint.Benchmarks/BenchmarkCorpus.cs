using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>
/// A test corpus of realistic migrations (written in many projects' styles), its files repeated until
/// they add up to 20 MB. Each file is parsed on its own, as the linter parses them, so the numbers are
/// not distorted by one giant string and its large-object-heap token array.
/// </summary>
internal sealed class BenchmarkCorpus
{
    private const int MinimumChars = 20 * 1024 * 1024;

    private readonly string[] _folder;
    private readonly Lazy<long> _byteCount;

    private BenchmarkCorpus(params string[] folder)
    {
        _folder = folder;
        _byteCount = new Lazy<long>(() => Files().Sum(file => (long)Encoding.UTF8.GetByteCount(file.Text)));
    }

    /// <summary>The PostgreSQL conformance corpus.</summary>
    public static BenchmarkCorpus Postgres { get; } = new("tests", "Migrations.Lint.Core.Tests", "Conformance", "Corpus", "migrations");

    /// <summary>The T-SQL corpus.</summary>
    public static BenchmarkCorpus SqlServer { get; } = new("tests", "Migrations.Lint.Core.Tests", "Sql", "TSql", "Corpus");

    /// <summary>The corpus size in UTF-8 bytes, computed once in the host process for the MB/s column.</summary>
    public long ByteCount => _byteCount.Value;

    public IReadOnlyList<SourceText> Files()
    {
        var corpusDirectory = Path.Combine([FindRepositoryRoot(), .. _folder]);
        var paths = Directory.GetFiles(corpusDirectory, "*.sql", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        if (paths.Length == 0)
        {
            throw new InvalidOperationException($"No corpus files under {corpusDirectory}.");
        }

        var texts = paths.Select(path => new SourceText(File.ReadAllText(path), path)).ToArray();
        var files = new List<SourceText>();
        for (long chars = 0; chars < MinimumChars;)
        {
            foreach (var text in texts)
            {
                files.Add(text);
                chars += text.Length;
            }
        }

        return files;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Migrations.Lint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
