using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace PolicyRules.Benchmarks;

/// <summary>The 99th percentile of the iteration means (BenchmarkDotNet 0.14 has P95 but no P99 column).</summary>
public sealed class P99Column : IColumn
{
    public string Id => "P99";

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => StatisticColumn.P95.PriorityInCategory + 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Percentile 99 of the iteration means";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return GetValue(summary, benchmarkCase, summary.Style);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var p99 = TimeInterval.FromNanoseconds(statistics.Percentiles.Percentile(99));
        return p99.ToString(style.TimeUnit, "N2", style.CultureInfo, style.PrintUnitsInContent ? UnitPresentation.WithGap : UnitPresentation.Invisible);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
