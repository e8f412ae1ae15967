using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-23, the shape of every edition: A disabled employment-difficulty person in a contracted job.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.6")]
[Priority(Priorities.Benefit)]
public class DisabledEmploymentSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.DisabledEmploymentSubsidy);
        EmploymentDifficultyPerson difficult = default!;
        Applicant applicant = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => applicant,
                a => a.Disabled.Value,
                a => a == difficult.Person)
            .Match<Employment>(
                m => m.HasLabourContract.Value,
                m => m.Person == applicant);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.DisabledEmployment, applicant.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-23 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-23 disabled employment subsidy")]
[Cites(Parameters.Document, "4.6")]
public sealed class DisabledEmploymentSubsidyRule : DisabledEmploymentSubsidyRule<Edition0>;
