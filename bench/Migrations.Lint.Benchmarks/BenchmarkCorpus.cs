using System.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>
/// The conformance corpus (realistic migrations written in many projects' styles) repeated until it
/// reaches the requested size, so throughput is measured on SQL that looks like users' SQL.
/// </summary>
internal static class BenchmarkCorpus
{
    private const int MinimumChars = 20 * 1024 * 1024;

    /// <summary>The corpus size in UTF-8 bytes, computed in the host process for the MB/s column.</summary>
    public static long ByteCount() => Encoding.UTF8.GetByteCount(Build());

    public static string Build()
    {
        var corpusDirectory = Path.Combine(FindRepositoryRoot(), "tests", "Migrations.Lint.Core.Tests", "Conformance", "Corpus", "migrations");
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
                // Each file ends its last statement so that concatenation never glues two statements.
                builder.Append(File.ReadAllText(file).TrimStart('\uFEFF')).Append("\n;\n");
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
