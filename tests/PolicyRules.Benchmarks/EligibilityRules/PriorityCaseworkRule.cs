using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-40, the shape of every edition: A priority case gets a case worker: the end of the longest chain (applicant, resident, reason, difficulty person, priority case, benefit).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "8.3")]
[Priority(Priorities.Summary)]
public class PriorityCaseworkRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.PriorityCasework);
        PriorityCase priority = default!;

        When()
            .Match(() => priority, c => c.Edition == p.Edition);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.PriorityCasework, priority.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-40 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-40 priority casework")]
[Tag("bench")]
[Cites(Parameters.Document, "8.3")]
[Priority(Priorities.Summary)]
public sealed class PriorityCaseworkRule : PriorityCaseworkRule<Edition0>;
