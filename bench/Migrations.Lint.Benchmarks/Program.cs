using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Migrations.Lint.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(BenchmarkCorpus.ByteCount()));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
