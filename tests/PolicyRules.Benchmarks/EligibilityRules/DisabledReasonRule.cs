using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-12, the shape of every edition: A registered-unemployed local resident with a disability.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.3")]
[Priority(Priorities.Reason)]
public class DisabledReasonRule<TEdition> : Rule
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
                a => a.Disabled.Value,
                a => a == resident.Person);

        Then()
            .Yield(_ => new DifficultyReason(applicant, DifficultyReasons.Disabled, p.Edition));
    }
}

/// <summary>BENCH-12 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-12 reason: disability")]
[Cites(Parameters.Document, "3.3")]
public sealed class DisabledReasonRule : DisabledReasonRule<Edition0>;
