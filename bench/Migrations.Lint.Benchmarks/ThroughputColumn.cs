using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Migrations.Lint.Benchmarks;

/// <summary>
/// Turns the mean time per operation into MB/s of UTF-8 input, the unit the README reports; each
/// benchmark class reads its own corpus.
/// </summary>
internal sealed class ThroughputColumn(IReadOnlyDictionary<Type, BenchmarkCorpus> corpora) : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput in megabytes (10^6 bytes of UTF-8) per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || !corpora.TryGetValue(benchmarkCase.Descriptor.Type, out var corpus))
        {
            return "-";
        }

        var seconds = report.ResultStatistics.Mean / 1e9;
        return (corpus.ByteCount / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
