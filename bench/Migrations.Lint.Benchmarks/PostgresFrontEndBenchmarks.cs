using BenchmarkDotNet.Attributes;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>Lexer and lexer+parser throughput on ≥ 20 MB of corpus files, parsed one by one; MB/s is reported by <see cref="ThroughputColumn"/>.</summary>
[MemoryDiagnoser]
public class PostgresFrontEndBenchmarks
{
    private IReadOnlyList<SourceText> _files = [];

    [GlobalSetup]
    public void Setup() => _files = BenchmarkCorpus.Postgres.Files();

    [Benchmark]
    public int Lex()
    {
        var tokens = 0;
        foreach (var file in _files)
        {
            tokens += PgLexer.Tokenize(file.Text).Length;
        }

        return tokens;
    }

    [Benchmark]
    public int LexAndParse()
    {
        var statements = 0;
        foreach (var file in _files)
        {
            statements += PgParser.Parse(file).Statements.Count;
        }

        return statements;
    }
}
