using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-21, the shape of every edition: A long-term unemployed person who has held a contracted job for the edition's minimum months (in force from 2016).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.4")]
[Priority(Priorities.Benefit)]
[Effective(From = "2016-01-01")]
public class ReemploymentBonusRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.ReemploymentBonus);
        LongTermUnemployed unemployed = default!;
        Employment job = default!;

        When()
            .Match(() => unemployed, l => l.Edition == p.Edition)
            .Match(() => job,
                m => m.HasLabourContract.Value,
                m => m.Months.Value >= p.MinReemploymentMonths,
                m => m.Person == unemployed.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.Reemployment, unemployed.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-21 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-21 re-employment bonus")]
[Cites(Parameters.Document, "4.4")]
[Effective(From = "2016-01-01")]
public sealed class ReemploymentBonusRule : ReemploymentBonusRule<Edition0>;
