using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-02, the shape of every edition: A local working-age resident registered unemployed for the edition's minimum number of months.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.2")]
[Priority(Priorities.DerivedStatus)]
public class LongTermUnemployedRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        LocalWorkingAgeResident resident = default!;
        Applicant applicant = default!;

        When()
            .Match(() => resident, r => r.Edition == p.Edition)
            .Match(() => applicant,
                a => a.RegisteredUnemployed.Value,
                a => a.UnemployedMonths.Value >= p.LongTermUnemployedMonths,
                a => a == resident.Person);

        Then()
            .Yield(_ => new LongTermUnemployed(applicant, p.Edition));
    }
}

/// <summary>BENCH-02 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-02 long-term unemployed")]
[Cites(Parameters.Document, "2.2")]
public sealed class LongTermUnemployedRule : LongTermUnemployedRule<Edition0>;
