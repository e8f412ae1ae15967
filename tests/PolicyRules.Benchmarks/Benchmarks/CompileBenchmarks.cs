using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NRules.RuleModel;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// Rule-set compilation, from definitions loaded once in the global setup, by both engines: ours
/// (<c>CompileThreeValued()</c>: the three-valued Rete network and a delegate per condition and action)
/// and NRules' <c>RuleCompiler.Compile</c> (its Rete network and delegates), the baseline of each
/// category, so the Ratio column is ours ÷ NRules. Ours compiles every rule of the set, NRules only
/// those in force on the case's date (39 of 40, 390 of 400, all 101 enrolment rules). Loading the
/// definitions, which both engines share, is <see cref="LoadBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CompileBenchmarks
{
    private Workload _workload = null!;
    private IReadOnlyList<IRuleDefinition> _inForce = [];

    [GlobalSetup(Targets = [nameof(Compile40_Ours), nameof(Compile40_NRules)])]
    public void Setup40() => Setup(Workload.Forty);

    [GlobalSetup(Targets = [nameof(Compile400_Ours), nameof(Compile400_NRules)])]
    public void Setup400() => Setup(Workload.FourHundred);

    [GlobalSetup(Targets = [nameof(CompileEnrolment_Ours), nameof(CompileEnrolment_NRules)])]
    public void SetupEnrolment() => Setup(Workload.Enrolment);

    [Benchmark, BenchmarkCategory(Workload.Forty)]
    public Engine.ISessionFactory Compile40_Ours() => _workload.Repository.CompileThreeValued();

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.Forty)]
    public NRules.ISessionFactory Compile40_NRules() => Engines.NRulesEngine.Compile(_inForce);

    [Benchmark, BenchmarkCategory(Workload.FourHundred)]
    public Engine.ISessionFactory Compile400_Ours() => _workload.Repository.CompileThreeValued();

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.FourHundred)]
    public NRules.ISessionFactory Compile400_NRules() => Engines.NRulesEngine.Compile(_inForce);

    [Benchmark, BenchmarkCategory(Workload.Enrolment)]
    public Engine.ISessionFactory CompileEnrolment_Ours() => _workload.Repository.CompileThreeValued();

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.Enrolment)]
    public NRules.ISessionFactory CompileEnrolment_NRules() => Engines.NRulesEngine.Compile(_inForce);

    private void Setup(string workload)
    {
        _workload = Workload.Load(workload);
        _inForce = _workload.InForce;
    }
}
