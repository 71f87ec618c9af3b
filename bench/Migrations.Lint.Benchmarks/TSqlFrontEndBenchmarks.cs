using BenchmarkDotNet.Attributes;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Benchmarks;

/// <summary>T-SQL lexer and lexer+parser throughput on a ≥ 20 MB corpus; MB/s is reported by <see cref="ThroughputColumn"/>.</summary>
[MemoryDiagnoser]
public class TSqlFrontEndBenchmarks
{
    private SourceText _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText(BenchmarkCorpus.SqlServer.Build(), "corpus.sql");
    }

    [Benchmark]
    public int Lex() => TSqlLexer.Tokenize(_source.Text).Length;

    [Benchmark]
    public int LexAndParse() => TSqlParser.Parse(_source).Statements.Count;
}
