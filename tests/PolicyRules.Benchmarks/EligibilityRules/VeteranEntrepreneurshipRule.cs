using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-30, the shape of every edition: An eligible veteran who plans to start a business (expired at the end of 2016).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "6.3")]
[Priority(Priorities.Benefit)]
[Effective(To = "2016-12-31")]
public class VeteranEntrepreneurshipRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.VeteranEntrepreneurshipSubsidy);
        EligibleVeteran veteran = default!;
        Applicant applicant = default!;

        When()
            .Match(() => veteran, v => v.Edition == p.Edition)
            .Match(() => applicant,
                a => a.PlansToStartBusiness.Value,
                a => a == veteran.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.VeteranEntrepreneurship, applicant.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-30 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-30 veteran entrepreneurship subsidy")]
[Cites(Parameters.Document, "6.3")]
[Effective(To = "2016-12-31")]
public sealed class VeteranEntrepreneurshipRule : VeteranEntrepreneurshipRule<Edition0>;
