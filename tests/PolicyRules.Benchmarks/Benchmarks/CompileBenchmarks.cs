using BenchmarkDotNet.Attributes;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// Rule-set compilation. <see cref="RuleRepository"/> separates the two steps: Load runs every
/// Define() and builds the rule definitions; Compile builds the Rete network (and compiles every
/// condition and action to a delegate) into a new session factory. CompileNN measures only the
/// latter, from definitions loaded once in the global setup; LoadNN measures the former.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class CompileBenchmarks
{
    private RuleRepository _loaded40 = null!;
    private RuleRepository _loaded400 = null!;

    [GlobalSetup(Target = nameof(Compile40))]
    public void Setup40() => _loaded40 = BenchRuleSets.Load(BenchRuleSets.Rules40);

    [GlobalSetup(Target = nameof(Compile400))]
    public void Setup400() => _loaded400 = BenchRuleSets.Load(BenchRuleSets.Rules400);

    [Benchmark]
    public ISessionFactory Compile40() => _loaded40.Compile();

    [Benchmark]
    public ISessionFactory Compile400() => _loaded400.Compile();

    [Benchmark]
    public RuleRepository Load40() => BenchRuleSets.Load(BenchRuleSets.Rules40);

    [Benchmark]
    public RuleRepository Load400() => BenchRuleSets.Load(BenchRuleSets.Rules400);
}
