using System.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>
/// A test corpus of realistic migrations (written in many projects' styles) repeated until it reaches
/// 20 MB, so throughput is measured on SQL that looks like users' SQL.
/// </summary>
internal sealed class BenchmarkCorpus
{
    private const int MinimumChars = 20 * 1024 * 1024;

    private readonly string[] _folder;
    private readonly string _fileSeparator;
    private readonly Lazy<long> _byteCount;

    private BenchmarkCorpus(string fileSeparator, params string[] folder)
    {
        _folder = folder;
        _fileSeparator = fileSeparator;
        _byteCount = new Lazy<long>(() => Encoding.UTF8.GetByteCount(Build()));
    }

    /// <summary>The PostgreSQL conformance corpus; a semicolon line ends each file's last statement.</summary>
    public static BenchmarkCorpus Postgres { get; } =
        new("\n;\n", "tests", "Migrations.Lint.Core.Tests", "Conformance", "Corpus", "migrations");

    /// <summary>The T-SQL corpus; a GO line ends each file's last batch.</summary>
    public static BenchmarkCorpus SqlServer { get; } =
        new("\nGO\n", "tests", "Migrations.Lint.Core.Tests", "Sql", "TSql", "Corpus");

    /// <summary>The corpus size in UTF-8 bytes, computed once in the host process for the MB/s column.</summary>
    public long ByteCount => _byteCount.Value;

    public string Build()
    {
        var corpusDirectory = Path.Combine([FindRepositoryRoot(), .. _folder]);
        var files = Directory.GetFiles(corpusDirectory, "*.sql", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No corpus files under {corpusDirectory}.");
        }

        var builder = new StringBuilder(MinimumChars + 1_000_000);
        while (builder.Length < MinimumChars)
        {
            foreach (var file in files)
            {
                // The separator ends each file's last statement so that concatenation never glues two statements.
                builder.Append(File.ReadAllText(file).TrimStart('\uFEFF')).Append(_fileSeparator);
            }
        }

        return builder.ToString();
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
