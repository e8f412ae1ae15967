using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-28, the shape of every edition: An eligible veteran discharged as a sergeant or an officer.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "6.1")]
[Priority(Priorities.Benefit)]
public class VeteranRankSupplementRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.VeteranRankSupplement);
        EligibleVeteran veteran = default!;

        When()
            .Match(() => veteran,
                v => v.Edition == p.Edition,
                v => v.Record.Rank.Value == Parameters.SergeantRank || v.Record.Rank.Value == Parameters.OfficerRank);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.VeteranRankSupplement, veteran.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-28 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-28 veteran rank supplement")]
[Cites(Parameters.Document, "6.1")]
public sealed class VeteranRankSupplementRule : VeteranRankSupplementRule<Edition0>;
