using BenchmarkDotNet.Attributes;
using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.Engines;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// Our engine only (NRules has no unknown inputs; <see cref="ChangedAnswerBenchmarks"/> compares the
/// engines on an answer changed between two known values). One answer in a live session: an input
/// goes from unknown to known (or back), the fact is updated, the agenda fired and the goal
/// determined. Each invocation does both directions (so the session ends where it started and every
/// operation re-evaluates for real) and counts as two operations. <see cref="ApplicantAge"/> touches the fact almost every rule joins on (the goal
/// flips between Unknown and True); <see cref="ChildBirthDate"/> a leaf fact (the enrolment goal
/// flips).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class IncrementalAnswerBenchmarks
{
    private CitizenCase _citizen = null!;
    private ISession _session = null!;

    [Params(40, 400)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _citizen = CitizenCase.Create();
        _session = OurEngine.NewSession(BenchRuleSets.Compile(Rules), _citizen, out _);
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public int ApplicantAge()
    {
        _citizen.SetAgeKnown(false);
        var unanswered = Answer(_citizen.Applicant, CitizenCase.IsGoal);
        _citizen.SetAgeKnown(true);
        return unanswered + Answer(_citizen.Applicant, CitizenCase.IsGoal);
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public int ChildBirthDate()
    {
        _citizen.SetChildBirthDateKnown(false);
        var unanswered = Answer(_citizen.Child, CitizenCase.IsEnrolment);
        _citizen.SetChildBirthDateKnown(true);
        return unanswered + Answer(_citizen.Child, CitizenCase.IsEnrolment);
    }

    private int Answer(object fact, Func<BenefitResult, bool> goal)
    {
        _session.Update(fact);
        var fired = _session.Fire();
        return fired + (int)_session.Determine(goal).Truth;
    }
}
