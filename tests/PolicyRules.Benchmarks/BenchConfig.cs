using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PolicyRules.Benchmarks;

/// <summary>
/// Short runs for a 2-core machine (one launch, 3 warm-up and 15 measured iterations), with P95 and
/// P99 columns. BenchmarkDotNet's percentiles are over iteration means, not single operations; for a
/// per-operation latency distribution run <c>--latency</c>.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public const int Iterations = 15;

    public BenchConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(Iterations)
            .WithId("Short"));
        AddColumn(StatisticColumn.P95, new P99Column());

        // Building the generated project takes minutes while other work shares the two cores.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
