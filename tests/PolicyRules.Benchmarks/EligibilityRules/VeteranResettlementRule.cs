using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-29, the shape of every edition: A recently discharged veteran: a base amount plus an amount per year of service.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "6.2")]
[Priority(Priorities.Benefit)]
public class VeteranResettlementRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var baseAmount = p.Amount(Parameters.VeteranResettlementBase);
        var perYear = p.Amount(Parameters.VeteranResettlementPerYear);
        RecentVeteran veteran = default!;

        When()
            .Match(() => veteran, v => v.Edition == p.Edition);

        Then()
            .Yield(_ => new BenefitResult(
                ProgramIds.VeteranResettlement,
                veteran.Person.Id,
                baseAmount + (perYear * veteran.Record.ServiceYears.Value),
                p.Edition));
    }
}

/// <summary>BENCH-29 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-29 veteran resettlement subsidy")]
[Cites(Parameters.Document, "6.2")]
public sealed class VeteranResettlementRule : VeteranResettlementRule<Edition0>;
