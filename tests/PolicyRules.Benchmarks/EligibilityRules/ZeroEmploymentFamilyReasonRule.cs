using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-14, the shape of every edition: A local working-age member of a zero-employment family.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.5")]
[Priority(Priorities.Reason)]
public class ZeroEmploymentFamilyReasonRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        ZeroEmploymentFamily family = default!;
        LocalWorkingAgeResident resident = default!;

        When()
            .Match(() => family, z => z.Edition == p.Edition)
            .Match(() => resident,
                r => r.Edition == p.Edition,
                r => r.Person.Household == family.Household);

        Then()
            .Yield(_ => new DifficultyReason(resident.Person, DifficultyReasons.ZeroEmploymentFamily, p.Edition));
    }
}

/// <summary>BENCH-14 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-14 reason: zero-employment family")]
[Cites(Parameters.Document, "3.5")]
public sealed class ZeroEmploymentFamilyReasonRule : ZeroEmploymentFamilyReasonRule<Edition0>;
