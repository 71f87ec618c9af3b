using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Migrations.Lint.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        var corpora = new Dictionary<Type, BenchmarkCorpus>
        {
            [typeof(PostgresFrontEndBenchmarks)] = BenchmarkCorpus.Postgres,
            [typeof(TSqlFrontEndBenchmarks)] = BenchmarkCorpus.SqlServer,
        };
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(corpora));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
