using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.Engines;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// Part of <c>--check</c>: NRules' runtime and our engine, each with a new session over the same
/// instance of the workload's case, fire the same rules (as a set of names) and end with the same facts (as a set under value
/// equality; our engine's <c>Query&lt;object&gt;()</c> gives the facts that hold for certain, which with
/// every input answered is all of them), the goal holds in both, and after the changed answer, and
/// after changing it back, they still agree and the goal has gone and come back in both.
/// </summary>
public static class EngineAgreement
{
    public static void Check(Workload workload, Func<bool, string, bool> expect)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(expect);
        Console.WriteLine($"== {workload.Name}: NRules' runtime and our engine on the same case");
        var inForce = workload.InForce;
        Console.WriteLine($"NRules gets the {inForce.Count} of {workload.Ours.Rules.Count} rules in force on {workload.AsOf:yyyy-MM-dd}");
        if (workload.NewCase() is EnrolmentCase enrolment)
        {
            Console.WriteLine($"enrolment case: {enrolment.Answered} inputs answered, {enrolment.Facts.Count} facts inserted");
        }

        // One case for both: the same fact instances, and a changed answer is updated in both sessions.
        var citizen = workload.NewCase();
        var ours = workload.Ours.CreateSession(citizen.AsOf);
        var oursFired = new HashSet<string>(StringComparer.Ordinal);
        ours.RuleFired += r => oursFired.Add(r.Name);
        ours.InsertAll(citizen.Facts);
        var oursFirings = ours.Fire();

        var nrules = workload.CompileNRules().CreateSession();
        var nrulesFired = new HashSet<string>(StringComparer.Ordinal);
        nrules.Events.RuleFiredEvent += (_, e) => nrulesFired.Add(e.Rule.Name);
        nrules.InsertAll(citizen.Facts);
        var nrulesFirings = nrules.Fire();

        Console.WriteLine($"fired: ours {oursFirings} activations of {oursFired.Count} rules, NRules {nrulesFirings} activations of {nrulesFired.Count} rules");
        expect(oursFired.SetEquals(nrulesFired), "both engines fire the same rules"
            + $" (only ours: [{string.Join(", ", oursFired.Except(nrulesFired))}], only NRules: [{string.Join(", ", nrulesFired.Except(oursFired))}])");
        SameFacts(ours, nrules, "after the case is inserted and fired", expect);
        expect(citizen.DetermineGoal(ours).Truth == Truth.True && citizen.GoalHolds(nrules), "the goal holds in both");

        var oursChanged = OurEngine.Answer(ours, citizen, changed: true).Truth;
        var nrulesChanged = NRulesEngine.Answer(nrules, citizen, changed: true);
        Console.WriteLine($"changed answer: goal ours {oursChanged}, NRules {nrulesChanged}");
        SameFacts(ours, nrules, "after the changed answer", expect);
        expect(oursChanged == Truth.False && !nrulesChanged, "the changed answer takes the goal away in both");

        var oursBack = OurEngine.Answer(ours, citizen, changed: false).Truth;
        var nrulesBack = NRulesEngine.Answer(nrules, citizen, changed: false);
        SameFacts(ours, nrules, "after changing the answer back", expect);
        expect(oursBack == Truth.True && nrulesBack, "changing it back restores the goal in both");
    }

    private static void SameFacts(Engine.ISession ours, NRules.ISession nrules, string when, Func<bool, string, bool> expect)
    {
        var oursFacts = ours.Query<object>().ToList();
        var nrulesFacts = nrules.Query<object>().ToList();
        var onlyOurs = Difference(oursFacts, nrulesFacts);
        var onlyNRules = Difference(nrulesFacts, oursFacts);
        Console.WriteLine($"facts {when}: ours {oursFacts.Count}, NRules {nrulesFacts.Count}");
        expect(onlyOurs.Count == 0 && onlyNRules.Count == 0, $"both engines hold the same facts {when}"
            + $" (only ours: [{string.Join("; ", onlyOurs)}], only NRules: [{string.Join("; ", onlyNRules)}])");
    }

    private static List<object> Difference(IEnumerable<object> facts, IEnumerable<object> other)
    {
        var set = other.ToHashSet();
        return [.. facts.Where(f => !set.Contains(f)).Distinct()];
    }
}
