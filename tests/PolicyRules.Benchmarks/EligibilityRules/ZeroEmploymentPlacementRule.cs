using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-39, the shape of every edition: A zero-employment family with an employment-difficulty member gets priority job placement.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "8.2")]
[Priority(Priorities.Benefit)]
public class ZeroEmploymentPlacementRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.ZeroEmploymentPlacement);
        ZeroEmploymentFamily family = default!;

        When()
            .Match(() => family, z => z.Edition == p.Edition)
            .Exists<EmploymentDifficultyPerson>(
                d => d.Edition == p.Edition,
                d => d.Person.Household == family.Household);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.ZeroEmploymentPlacement, family.Household.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-39 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-39 zero-employment family priority placement")]
[Tag("bench")]
[Cites(Parameters.Document, "8.2")]
[Priority(Priorities.Benefit)]
public sealed class ZeroEmploymentPlacementRule : ZeroEmploymentPlacementRule<Edition0>;
