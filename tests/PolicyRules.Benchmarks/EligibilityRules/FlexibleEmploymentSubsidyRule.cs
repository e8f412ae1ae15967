using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-20, the shape of every edition: An employment-difficulty person without any contracted job (flexible employment).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.3")]
[Priority(Priorities.Benefit)]
public class FlexibleEmploymentSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.FlexibleEmploymentSubsidy);
        EmploymentDifficultyPerson difficult = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Not<Employment>(
                m => m.HasLabourContract.Value,
                m => m.Person == difficult.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.FlexibleEmployment, difficult.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-20 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-20 flexible employment subsidy")]
[Tag("bench")]
[Cites(Parameters.Document, "4.3")]
[Priority(Priorities.Benefit)]
public sealed class FlexibleEmploymentSubsidyRule : FlexibleEmploymentSubsidyRule<Edition0>;
