using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

/// <summary>Real migrations in many projects' styles: all valid, so none may produce a syntax error.</summary>
public sealed class PgCorpusTests
{
    public static TheoryData<string> Files()
    {
        var root = RepositoryPaths.Root;
        var files = new TheoryData<string>();
        foreach (var directory in new[] { Path.Combine("tests", "Migrations.Lint.Core.Tests", "Conformance", "Corpus", "migrations"), "samples" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, directory), "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files.Add(Path.GetRelativePath(root, file));
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parses_without_errors(string file)
    {
        var script = PgTestParsing.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));

        Assert.Empty(script.Errors);
        Assert.DoesNotContain(script.Statements, statement => statement is UnparsedStatement);
    }
}
