using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-20 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-20 flexible employment subsidy")]
[Cites(Parameters.Document, "4.3")]
public sealed class FlexibleEmploymentSubsidyRule : FlexibleEmploymentSubsidyRule<Edition0>;
