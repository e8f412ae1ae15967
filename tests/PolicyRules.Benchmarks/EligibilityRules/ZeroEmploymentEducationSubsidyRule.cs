using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-35, the shape of every edition: A school-age child of a zero-employment family.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "7.3")]
[Priority(Priorities.Benefit)]
public class ZeroEmploymentEducationSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.ZeroEmploymentEducationSubsidy);
        SchoolAgeChild pupil = default!;
        ZeroEmploymentFamily family = default!;

        When()
            .Match(() => pupil, s => s.Edition == p.Edition)
            .Match(() => family,
                z => z.Edition == p.Edition,
                z => z.Household == pupil.Child.Parent.Household);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.ZeroEmploymentEducation, family.Household.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-35 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-35 zero-employment family education subsidy")]
[Cites(Parameters.Document, "7.3")]
public sealed class ZeroEmploymentEducationSubsidyRule : ZeroEmploymentEducationSubsidyRule<Edition0>;
