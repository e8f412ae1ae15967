using BenchmarkDotNet.Attributes;
using NRules.Fluent;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// NRules' <c>RuleRepository</c> load of the benchmark rule classes, the step both engines share
/// before they compile: it runs every Define() and builds the rule definitions.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class LoadBenchmarks
{
    [Benchmark]
    public RuleRepository Load40() => BenchRuleSets.Load(BenchRuleSets.Rules40);

    [Benchmark]
    public RuleRepository Load400() => BenchRuleSets.Load(BenchRuleSets.Rules400);
}
