using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-19, the shape of every edition: An employment-difficulty person in a contracted job with social insurance paid: a share of the capped wage.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.2")]
[Priority(Priorities.Benefit)]
public class SocialInsuranceSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var rate = Parameters.SocialInsuranceRate * p.AmountScale;
        EmploymentDifficultyPerson difficult = default!;
        Employment job = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => job,
                m => m.HasLabourContract.Value,
                m => m.SocialInsurancePaid.Value,
                m => m.Person == difficult.Person);

        Then()
            .Yield(_ => new BenefitResult(
                ProgramIds.SocialInsurance,
                difficult.Person.Id,
                Math.Min(job.MonthlyWage.Value, Parameters.SocialInsuranceWageCap) * rate,
                p.Edition));
    }
}

/// <summary>BENCH-19 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-19 social insurance subsidy")]
[Cites(Parameters.Document, "4.2")]
public sealed class SocialInsuranceSubsidyRule : SocialInsuranceSubsidyRule<Edition0>;
