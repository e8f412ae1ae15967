using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-01, the shape of every edition: A resident with hukou in the programme district and of working age.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.1")]
[Priority(Priorities.Status)]
public class LocalWorkingAgeResidentRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        Applicant applicant = default!;

        When()
            .Match(() => applicant,
                a => a.HukouDistrict.Value == Parameters.HomeDistrict,
                a => a.Age.Value >= p.MinWorkingAge,
                a => a.Age.Value <= p.MaxWorkingAge);

        Then()
            .Yield(_ => new LocalWorkingAgeResident(applicant, p.Edition));
    }
}

/// <summary>BENCH-01 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-01 local working-age resident")]
[Cites(Parameters.Document, "2.1")]
public sealed class LocalWorkingAgeResidentRule : LocalWorkingAgeResidentRule<Edition0>;
