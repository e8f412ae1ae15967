using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.Engines;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// One case's full evaluation by each engine: new session, insert the case's facts, fire, and ask for
/// the goal (ours: <c>Determine</c>; NRules: <c>Query&lt;T&gt;().Any(…)</c>). Both engines get the same
/// fact instances, built once (sessions do not change them). NRules is the baseline of each category,
/// so the Ratio column is ours ÷ NRules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FullEvaluationBenchmarks
{
    private Engine.ISessionFactory _ours = null!;
    private NRules.ISessionFactory _nrules = null!;
    private IBenchCase _case = null!;

    [GlobalSetup(Targets = [nameof(FullEvaluation40_Ours), nameof(FullEvaluation40_NRules)])]
    public void Setup40() => Setup(Workload.Forty);

    [GlobalSetup(Targets = [nameof(FullEvaluation400_Ours), nameof(FullEvaluation400_NRules)])]
    public void Setup400() => Setup(Workload.FourHundred);

    [GlobalSetup(Targets = [nameof(FullEvaluationEnrolment_Ours), nameof(FullEvaluationEnrolment_NRules)])]
    public void SetupEnrolment() => Setup(Workload.Enrolment);

    [Benchmark, BenchmarkCategory(Workload.Forty)]
    public Truth FullEvaluation40_Ours() => OurEngine.Run(_ours, _case).Truth;

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.Forty)]
    public bool FullEvaluation40_NRules() => NRulesEngine.Run(_nrules, _case);

    [Benchmark, BenchmarkCategory(Workload.FourHundred)]
    public Truth FullEvaluation400_Ours() => OurEngine.Run(_ours, _case).Truth;

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.FourHundred)]
    public bool FullEvaluation400_NRules() => NRulesEngine.Run(_nrules, _case);

    [Benchmark, BenchmarkCategory(Workload.Enrolment)]
    public Truth FullEvaluationEnrolment_Ours() => OurEngine.Run(_ours, _case).Truth;

    [Benchmark(Baseline = true), BenchmarkCategory(Workload.Enrolment)]
    public bool FullEvaluationEnrolment_NRules() => NRulesEngine.Run(_nrules, _case);

    private void Setup(string name)
    {
        var workload = Workload.Load(name);
        _ours = workload.Ours;
        _nrules = workload.CompileNRules();
        _case = workload.NewCase();
    }
}
