using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-05, the shape of every edition: An eligible veteran discharged on or after the edition's cut-off date.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.5")]
[Priority(Priorities.DerivedStatus)]
public class RecentVeteranRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        EligibleVeteran veteran = default!;

        When()
            .Match(() => veteran,
                v => v.Edition == p.Edition,
                v => v.Record.DischargeDate.Value >= p.RecentDischargeCutoff);

        Then()
            .Yield(_ => new RecentVeteran(veteran.Person, veteran.Record, p.Edition));
    }
}

/// <summary>BENCH-05 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-05 recently discharged veteran")]
[Cites(Parameters.Document, "2.5")]
public sealed class RecentVeteranRule : RecentVeteranRule<Edition0>;
