using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// Differential test of our PostgreSQL front end against PostgreSQL's own parser (libpg-query) over every file
/// under <c>Conformance/Corpus</c>: same statements, same boundaries, same kinds, and the same verdict on
/// invalid SQL. Needs <c>build/install-oracle.sh</c> to have run; without it these tests fail, never skip.
/// </summary>
public sealed class PgConformanceTests(ConformanceCorpus corpus, ITestOutputHelper output) : IClassFixture<ConformanceCorpus>
{
    [Fact]
    public void Every_accepted_file_splits_into_the_statements_PostgreSQL_finds()
    {
        var comparisons = corpus.Files
            .Where(file => !file.IsInvalid && !corpus.Exclusions.ContainsKey(file.Path))
            .Select(CompareAccepted)
            .ToList();

        var statements = comparisons.Sum(comparison => comparison.Statements);
        var agreed = comparisons.Sum(comparison => comparison.AgreedStatements);
        var agreement = statements == 0 ? 100.0 : 100.0 * agreed / statements;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"conformance: {comparisons.Count} files, {statements} statements, agreement {agreement:F2} % (against {corpus.Parser})");
        var failures = Report(comparisons);
        WriteResults(summary, failures);

        Assert.True(failures.Length == 0, $"{summary}\n{failures}");
    }

    [Fact]
    public void Every_invalid_file_is_rejected_by_PostgreSQL_and_by_us()
    {
        var comparisons = corpus.Files
            .Where(file => file.IsInvalid)
            .Select(file => Outline(file) is { } ours
                ? CorpusFileComparison.Rejected(file.Path, file.Source, file.Oracle, ours)
                : Crashed(file))
            .ToList();

        Assert.NotEmpty(comparisons);
        var failures = Report(comparisons);
        Assert.True(failures.Length == 0, failures);
    }

    [Fact]
    public void Every_exclusion_names_a_file_PostgreSQL_still_rejects()
    {
        var byPath = corpus.Files.ToDictionary(file => file.Path, StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var (path, reason) in corpus.Exclusions)
        {
            output.WriteLine($"excluded: {path}  # {reason}");
            if (!byPath.TryGetValue(path, out var file))
            {
                stale.Add($"{path}: no such corpus file");
            }
            else if (file.Oracle.Ok)
            {
                stale.Add($"{path}: PostgreSQL parses it now, so compare it instead of excluding it");
            }
        }

        Assert.True(stale.Count == 0, "Stale entries in Conformance/exclusions.txt:\n" + string.Join('\n', stale));
    }

    private FileComparison CompareAccepted(CorpusFile file)
    {
        if (!file.Oracle.Ok)
        {
            var error = file.Oracle.Error;
            var where = error is null ? "" : $"{file.Source.GetPosition(Math.Min(error.Position, file.Source.Length))}: ";
            return new FileComparison(file.Path, 0, 0,
            [
                $"{where}PostgreSQL rejects this file ({error?.Message}); fix it, move it under invalid/, or list it in exclusions.txt",
            ]);
        }

        return Outline(file) is { } ours
            ? CorpusFileComparison.Accepted(file.Path, file.Source, file.Oracle, ours)
            : Crashed(file);
    }

    /// <summary>Our parser's reading, or null when it threw: one crash must not hide the other files' results.</summary>
    private FrontEndOutline? Outline(CorpusFile file)
    {
        try
        {
            return PostgresFrontEnd.Outline(file.Source);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.WriteLine($"{file.Path}: {exception}");
            return null;
        }
    }

    private static FileComparison Crashed(CorpusFile file) =>
        new(file.Path, file.Oracle.Statements.Count, 0, ["our parser threw (exception in the test output)"]);

    private string Report(IEnumerable<FileComparison> comparisons)
    {
        var report = new StringBuilder();
        foreach (var comparison in comparisons.Where(comparison => !comparison.Agrees))
        {
            report.Append(comparison.File).Append('\n');
            foreach (var mismatch in comparison.Mismatches)
            {
                report.Append("  ").Append(mismatch).Append('\n');
            }
        }

        output.WriteLine(report.ToString());
        return report.ToString();
    }

    /// <summary>Writes the summary where the README and CI can pick it up (artifacts/ is git-ignored).</summary>
    private void WriteResults(string summary, string failures)
    {
        output.WriteLine(summary);
        var artifacts = Path.Combine(corpus.RepositoryRoot, "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "conformance.txt"), summary + "\n" + failures);
    }
}
