using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-18, the shape of every edition: An employment-difficulty person placed in a job under a labour contract.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.1")]
[Priority(Priorities.Benefit)]
public class PlacementSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.PlacementSubsidy);
        EmploymentDifficultyPerson difficult = default!;
        Employment job = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => job,
                m => m.HasLabourContract.Value,
                m => m.Months.Value >= Parameters.MinPlacementMonths,
                m => m.Person == difficult.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.Placement, difficult.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-18 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-18 placement subsidy")]
[Cites(Parameters.Document, "4.1")]
public sealed class PlacementSubsidyRule : PlacementSubsidyRule<Edition0>;
