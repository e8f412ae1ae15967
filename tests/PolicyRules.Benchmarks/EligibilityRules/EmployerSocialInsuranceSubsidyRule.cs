using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-25, the shape of every edition: An employer that hired an employment-difficulty person on a contract of the edition's minimum length.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "5.1")]
[Priority(Priorities.Benefit)]
public class EmployerSocialInsuranceSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.EmployerSocialInsuranceSubsidy);
        EmploymentDifficultyPerson difficult = default!;
        Hire hire = default!;
        Employer employer = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => hire,
                h => h.ContractMonths.Value >= p.MinContractMonths,
                h => h.Person == difficult.Person)
            .Match(() => employer, x => x == hire.Employer);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.EmployerSocialInsurance, employer.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-25 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-25 employer social insurance subsidy")]
[Cites(Parameters.Document, "5.1")]
public sealed class EmployerSocialInsuranceSubsidyRule : EmployerSocialInsuranceSubsidyRule<Edition0>;
