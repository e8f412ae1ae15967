using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-31, the shape of every edition: An employer that hired an eligible veteran on a contract of the edition's minimum length.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "6.4")]
[Priority(Priorities.Benefit)]
public class VeteranHireIncentiveRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.VeteranHireIncentive);
        EligibleVeteran veteran = default!;
        Hire hire = default!;
        Employer employer = default!;

        When()
            .Match(() => veteran, v => v.Edition == p.Edition)
            .Match(() => hire,
                h => h.ContractMonths.Value >= p.MinContractMonths,
                h => h.Person == veteran.Person)
            .Match(() => employer, x => x == hire.Employer);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.VeteranHireIncentive, employer.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-31 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-31 veteran hiring incentive")]
[Cites(Parameters.Document, "6.4")]
public sealed class VeteranHireIncentiveRule : VeteranHireIncentiveRule<Edition0>;
