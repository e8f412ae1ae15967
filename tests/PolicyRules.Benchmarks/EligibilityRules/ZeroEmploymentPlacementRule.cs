using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-39 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-39 zero-employment family priority placement")]
[Cites(Parameters.Document, "8.2")]
public sealed class ZeroEmploymentPlacementRule : ZeroEmploymentPlacementRule<Edition0>;
