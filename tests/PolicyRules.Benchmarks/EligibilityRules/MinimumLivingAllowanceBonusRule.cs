using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-24, the shape of every edition: An employment-difficulty person on the minimum living allowance who took up a contracted job.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.7")]
[Priority(Priorities.Benefit)]
public class MinimumLivingAllowanceBonusRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.MinimumLivingAllowanceBonus);
        EmploymentDifficultyPerson difficult = default!;
        Applicant applicant = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => applicant,
                a => a.ReceivesMinimumLivingAllowance.Value,
                a => a == difficult.Person)
            .Match<Employment>(
                m => m.HasLabourContract.Value,
                m => m.Person == applicant);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.MinimumLivingAllowanceBonus, applicant.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-24 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-24 minimum living allowance employment bonus")]
[Cites(Parameters.Document, "4.7")]
public sealed class MinimumLivingAllowanceBonusRule : MinimumLivingAllowanceBonusRule<Edition0>;
