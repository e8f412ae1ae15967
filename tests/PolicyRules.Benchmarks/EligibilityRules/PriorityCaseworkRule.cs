using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-40 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-40 priority casework")]
[Cites(Parameters.Document, "8.3")]
public sealed class PriorityCaseworkRule : PriorityCaseworkRule<Edition0>;
