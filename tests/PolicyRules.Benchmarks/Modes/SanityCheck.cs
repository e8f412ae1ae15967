using System.Globalization;
using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.EligibilityRules;
using PolicyRules.Benchmarks.Engines;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--check</c>: evaluates the citizen case and checks that the expected rules fired, that the
/// goal holds, that the incremental answers really re-evaluate, that the 400-rule set loads as
/// 400 distinct rules whose editions keep the metadata of their shape, and that NRules' runtime and
/// our engine agree on every workload (<see cref="EngineAgreement"/>). Exit code 1 on any failure.
/// </summary>
public static class SanityCheck
{
    /// <summary>The BENCH numbers of the 40-rule set that must not fire for the citizen case.</summary>
    private static readonly int[] NotFiring =
    [
        9,  // kindergarten cohort: the child is of school age
        12, // disability: not disabled
        20, // flexible employment: has a contracted job (Not)
        22, // start-up subsidy: no business plan
        23, // disabled employment subsidy: not disabled
        30, // veteran entrepreneurship: no business plan, and expired at the end of 2016
        32, // veteran training: has a contracted job (Not)
        36, // kindergarten subsidy: no kindergarten-age child
        37, // non-local child enrolment: the child has local hukou
    ];

    private static int _failures;

    public static int Run()
    {
        _failures = 0;
        CheckFortyRuleSet();
        CheckIncremental(40);
        CheckIncremental(400);
        CheckFourHundredRuleSet();
        foreach (var workload in Workload.All)
        {
            EngineAgreement.Check(Workload.Load(workload), Expect);
        }

        Console.WriteLine(_failures == 0 ? "check: all passed" : $"check: {_failures} FAILED");
        return _failures == 0 ? 0 : 1;
    }

    private static void CheckFortyRuleSet()
    {
        Console.WriteLine("== 40-rule set, citizen case");
        var factory = BenchRuleSets.Compile(40);
        Console.WriteLine($"network: {NetworkSize.Of(factory)}");
        Expect(factory.Rules.Count == 40, $"40 rules loaded (got {factory.Rules.Count})");
        Expect(factory.Rules.All(r => r.IsTagged(BenchRuleSets.Tag) && r.Citation?.Document == Parameters.Document),
            "every rule is tagged 'bench' and cites BENCH-DOC");

        var citizen = CitizenCase.Create();
        var session = OurEngine.NewSession(factory, citizen, out var fired);
        var firedRules = FiredRuleNames(session);
        var expected = factory.Rules.Select(r => r.Name).Where(n => !NotFiring.Contains(Number(n))).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"fired: {fired} activations, {firedRules.Count} distinct rules of {factory.Rules.Count}");
        foreach (var rule in factory.Rules)
        {
            Console.WriteLine($"  {(firedRules.Contains(rule.Name) ? "fired" : "  -  ")}  {rule.Name}");
        }

        Expect(fired == expected.Count, $"Fire() returned {expected.Count} (got {fired})");
        Expect(firedRules.SetEquals(expected), "exactly the expected rules fired: "
            + $"missing [{string.Join(", ", expected.Except(firedRules))}], unexpected [{string.Join(", ", firedRules.Except(expected))}]");

        Console.WriteLine("benefits:");
        foreach (var benefit in session.Query<BenefitResult>().OrderBy(b => b.ProgramId, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {benefit.ProgramId,-18} {benefit.Beneficiary,-12} {benefit.Amount,10:N2}"));
        }

        var goal = citizen.DetermineGoal(session);
        Console.WriteLine($"goal ({ProgramIds.PriorityCasework}): {goal.Truth}");
        Expect(goal.Truth == Truth.True, "goal is True");
        var award = session.Query<BenefitResult>().SingleOrDefault(b => b.ProgramId == ProgramIds.SmeHiringAward);
        Expect(award?.Amount == 3 * Parameters.HiringAwardPerHire, "the hiring-award aggregate counted 3 difficulty-group hires");
    }

    private static void CheckIncremental(int ruleCount)
    {
        Console.WriteLine($"== {ruleCount}-rule set, incremental answers");
        var citizen = CitizenCase.Create();
        var session = OurEngine.NewSession(BenchRuleSets.Compile(ruleCount), citizen, out var initial);
        var factsBefore = FactCount(session);

        citizen.SetAgeKnown(false);
        session.Update(citizen.Applicant);
        var firedUnknown = session.Fire();
        var unknown = citizen.DetermineGoal(session);
        Console.WriteLine($"age unknown: fired {firedUnknown} for certain, goal {unknown.Truth}, missing [{string.Join(", ", unknown.MissingVariableIds)}]");
        Expect(unknown.Truth == Truth.Unknown && unknown.MissingVariableIds.Contains("applicant.age"), "goal Unknown, waiting for applicant.age");

        citizen.SetAgeKnown(true);
        session.Update(citizen.Applicant);
        var firedKnown = session.Fire();
        var known = citizen.DetermineGoal(session);
        Console.WriteLine($"age answered: fired {firedKnown} (initial evaluation fired {initial}), goal {known.Truth}");
        Expect(known.Truth == Truth.True && firedKnown > 0, "answering re-fires rules and the goal is True again");

        citizen.SetChildBirthDateKnown(false);
        session.Update(citizen.Child);
        session.Fire();
        var enrolmentUnknown = session.Determine(CitizenCase.IsEnrolment).Truth;
        citizen.SetChildBirthDateKnown(true);
        session.Update(citizen.Child);
        var firedChild = session.Fire();
        var enrolmentKnown = session.Determine(CitizenCase.IsEnrolment).Truth;
        Console.WriteLine($"child birth date: enrolment {enrolmentUnknown} -> {enrolmentKnown}, fired {firedChild}");
        Expect(enrolmentUnknown == Truth.Unknown && enrolmentKnown == Truth.True && firedChild > 0, "child answer flips the enrolment goal");

        // The benchmarks toggle thousands of times on one session: it must not grow.
        Toggle(session, citizen, 200);
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        Toggle(session, citizen, 2_000);
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var factsAfter = FactCount(session);
        Console.WriteLine($"after 2,200 toggles: {factsAfter} facts (was {factsBefore}), heap {memoryAfter - memoryBefore:+#;-#;0} bytes over the last 2,000");
        Expect(factsAfter == factsBefore, "the session holds as many facts as before the toggles");
        Expect(memoryAfter - memoryBefore < 256 * 1024, "the session does not grow while toggling");
    }

    private static void CheckFourHundredRuleSet()
    {
        Console.WriteLine("== 400-rule set, citizen case");
        var factory = BenchRuleSets.Compile(400);
        Console.WriteLine($"network: {NetworkSize.Of(factory)}");
        Expect(factory.Rules.Count == 400, $"400 rules loaded (got {factory.Rules.Count})");
        Expect(factory.Rules.Select(r => r.Metadata.RuleType).Distinct().Count() == 400, "400 distinct rule classes");

        var inconsistent = factory.Rules
            .GroupBy(r => Shape(r.Metadata.RuleType!))
            .Where(g => g.Select(r => (r.Priority, r.Citation, r.Effective)).Distinct().Count() != 1 || g.Count() != Parameters.EditionCount)
            .Select(g => g.Key.Name)
            .ToArray();
        Expect(inconsistent.Length == 0, $"each of the 40 shapes has 10 editions with the same priority, citation and effective dates [{string.Join(", ", inconsistent)}]");

        var citizen = CitizenCase.Create();
        var session = OurEngine.NewSession(factory, citizen, out var fired);
        Console.WriteLine($"fired: {fired} activations, {FiredRuleNames(session).Count} distinct rules of 400");
        var perEdition = session.Query<BenefitResult>().GroupBy(b => b.Edition).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine($"benefits per edition: {string.Join(" ", perEdition)}");
        var goal = citizen.DetermineGoal(session);
        Console.WriteLine($"goal: {goal.Truth} ({goal.Facts.Count} editions grant it)");
        Expect(goal.Truth == Truth.True, "goal is True");
    }

    private static void Toggle(ISession session, CitizenCase citizen, int times)
    {
        for (var i = 0; i < times; i++)
        {
            citizen.SetAgeKnown(i % 2 == 1);
            session.Update(citizen.Applicant);
            session.Fire();
        }

        citizen.SetAgeKnown(true);
        session.Update(citizen.Applicant);
        session.Fire();
    }

    private static int FactCount(ISession session)
    {
        var all = session.Determine<object>();
        return all.Facts.Count + all.PossibleFacts.Count;
    }

    /// <summary>The rules behind the derived facts: each firing yields exactly one fact.</summary>
    private static HashSet<string> FiredRuleNames(ISession session) =>
        session.Query<object>().Select(f => session.Explain(f).Rule?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static Type Shape(Type ruleType) =>
        ruleType.IsGenericType ? ruleType.GetGenericTypeDefinition() : BenchRuleSets.ShapeOf(ruleType);

    private static int Number(string ruleName) => int.Parse(ruleName.AsSpan(6, 2), CultureInfo.InvariantCulture);

    private static bool Expect(bool condition, string what)
    {
        Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
        if (!condition)
        {
            _failures++;
        }

        return condition;
    }
}
