using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.Engines;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// One changed answer in a live session, by each engine: an input goes from one known value to another
/// (the applicant's age 45 → 61 in the citizen case, the child's birth date past the entry-age cut-off
/// in the enrolment case; either takes the goal away), the fact is updated, the agenda fired and the
/// goal asked for. Each invocation changes the answer and changes it back (so the session ends where it
/// started) and counts as two operations. Each engine has its own session and its own copy of the
/// case's facts. NRules is the baseline of each category, so the Ratio column is ours ÷ NRules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChangedAnswerBenchmarks
{
    private IBenchCase _oursCase = null!;
    private Engine.ISession _ours = null!;
    private IBenchCase _nrulesCase = null!;
    private NRules.ISession _nrules = null!;

    [GlobalSetup(Targets = [nameof(ChangedAnswer40_Ours), nameof(ChangedAnswer40_NRules)])]
    public void Setup40() => Setup(Workload.Forty);

    [GlobalSetup(Targets = [nameof(ChangedAnswer400_Ours), nameof(ChangedAnswer400_NRules)])]
    public void Setup400() => Setup(Workload.FourHundred);

    [GlobalSetup(Targets = [nameof(ChangedAnswerEnrolment_Ours), nameof(ChangedAnswerEnrolment_NRules)])]
    public void SetupEnrolment() => Setup(Workload.Enrolment);

    [Benchmark(OperationsPerInvoke = 2), BenchmarkCategory(Workload.Forty)]
    public int ChangedAnswer40_Ours() => ChangeOurs();

    [Benchmark(OperationsPerInvoke = 2, Baseline = true), BenchmarkCategory(Workload.Forty)]
    public int ChangedAnswer40_NRules() => ChangeNRules();

    [Benchmark(OperationsPerInvoke = 2), BenchmarkCategory(Workload.FourHundred)]
    public int ChangedAnswer400_Ours() => ChangeOurs();

    [Benchmark(OperationsPerInvoke = 2, Baseline = true), BenchmarkCategory(Workload.FourHundred)]
    public int ChangedAnswer400_NRules() => ChangeNRules();

    [Benchmark(OperationsPerInvoke = 2), BenchmarkCategory(Workload.Enrolment)]
    public int ChangedAnswerEnrolment_Ours() => ChangeOurs();

    [Benchmark(OperationsPerInvoke = 2, Baseline = true), BenchmarkCategory(Workload.Enrolment)]
    public int ChangedAnswerEnrolment_NRules() => ChangeNRules();

    private int ChangeOurs() =>
        (int)OurEngine.Answer(_ours, _oursCase, changed: true).Truth + (int)OurEngine.Answer(_ours, _oursCase, changed: false).Truth;

    private int ChangeNRules() =>
        (NRulesEngine.Answer(_nrules, _nrulesCase, changed: true) ? 1 : 0) + (NRulesEngine.Answer(_nrules, _nrulesCase, changed: false) ? 1 : 0);

    private void Setup(string name)
    {
        var workload = Workload.Load(name);
        _oursCase = workload.NewCase();
        _ours = OurEngine.NewSession(workload.Ours, _oursCase, out _);
        _nrulesCase = workload.NewCase();
        _nrules = NRulesEngine.NewSession(workload.CompileNRules(), _nrulesCase, out _);
    }
}
