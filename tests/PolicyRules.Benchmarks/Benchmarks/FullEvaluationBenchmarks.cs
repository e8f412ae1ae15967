using BenchmarkDotNet.Attributes;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// One citizen's full evaluation: new session, insert the 10 facts, fire, determine the goal. The
/// facts are built once; each invocation inserts them into a fresh session (sessions do not change
/// the facts).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class FullEvaluationBenchmarks
{
    private ISessionFactory _factory40 = null!;
    private ISessionFactory _factory400 = null!;
    private CitizenCase _citizen = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory40 = BenchRuleSets.Compile(40);
        _factory400 = BenchRuleSets.Compile(400);
        _citizen = CitizenCase.Create();
    }

    [Benchmark]
    public Truth FullEvaluation40() => CaseEvaluation.Run(_factory40, _citizen).Truth;

    [Benchmark]
    public Truth FullEvaluation400() => CaseEvaluation.Run(_factory400, _citizen).Truth;
}
