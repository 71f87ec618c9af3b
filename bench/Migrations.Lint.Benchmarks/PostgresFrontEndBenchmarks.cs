using BenchmarkDotNet.Attributes;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>Lexer and lexer+parser throughput on a ≥ 20 MB corpus; MB/s is reported by <see cref="ThroughputColumn"/>.</summary>
[MemoryDiagnoser]
public class PostgresFrontEndBenchmarks
{
    private SourceText _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText(BenchmarkCorpus.Postgres.Build(), "corpus.sql");
    }

    [Benchmark]
    public int Lex() => PgLexer.Tokenize(_source.Text).Length;

    [Benchmark]
    public int LexAndParse() => PgParser.Parse(_source).Statements.Count;
}
