using System.Globalization;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>
/// Hand-written migration scripts in the styles .NET teams ship to SQL Server (DbUp, Flyway, EF Core scripts,
/// SSDT pre/post-deploy, RoundhousE and grate, Liquibase, Evolve, sqlcmd, Azure SQL, hand-rolled): each must
/// parse without errors into the number of statements counted by hand in <c>Corpus/statement-counts.txt</c>.
/// </summary>
public sealed class TSqlCorpusTests
{
    private static readonly string CorpusFolder = RepositoryPaths.Combine("tests", "Migrations.Lint.Core.Tests", "Sql", "TSql", "Corpus");

    private static readonly Dictionary<string, (int All, int TopLevel)> ExpectedCounts = ReadExpectedCounts();

    public static TheoryData<string> Scripts => [.. ExpectedCounts.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_counts_cover_every_script_and_there_are_at_least_200()
    {
        var files = Directory.GetFiles(CorpusFolder, "*.sql", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(CorpusFolder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, ExpectedCounts.Keys.Order(StringComparer.Ordinal));
        Assert.True(ExpectedCounts.Count >= 200, $"The corpus has {ExpectedCounts.Count} scripts.");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Each_script_parses_without_errors_into_the_counted_statements(string script)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, script));
        var parsed = TSqlParser.Parse(new SourceText(text, script));

        Assert.Empty(parsed.Errors.Select(error => $"{parsed.Source.GetPosition(error.Span.Start)}: {error.Message}"));
        Assert.Equal(ExpectedCounts[script], (parsed.Statements.Count, CountTopLevel(parsed)));
    }

    private static int CountTopLevel(SqlScript script)
    {
        var count = 0;
        var openBlockEnd = -1;
        foreach (var statement in script.Statements)
        {
            // Blocks list their statements right after them, inside their span.
            if (statement.Span.Start >= openBlockEnd)
            {
                count++;
                openBlockEnd = statement is BlockStatement ? statement.Span.End : -1;
            }
        }

        return count;
    }

    private static Dictionary<string, (int All, int TopLevel)> ReadExpectedCounts()
    {
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(CorpusFolder, "statement-counts.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            counts.Add(fields[0], (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture)));
        }

        return counts;
    }
}
