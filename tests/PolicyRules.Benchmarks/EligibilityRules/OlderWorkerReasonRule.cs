using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-11, the shape of every edition: A registered-unemployed local resident at or above the edition's older-worker age.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.2")]
[Priority(Priorities.Reason)]
public class OlderWorkerReasonRule<TEdition> : Rule
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
                a => a.Age.Value >= p.OlderWorkerAge,
                a => a == resident.Person);

        Then()
            .Yield(_ => new DifficultyReason(applicant, DifficultyReasons.OlderWorker, p.Edition));
    }
}

/// <summary>BENCH-11 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-11 reason: older worker")]
[Cites(Parameters.Document, "3.2")]
public sealed class OlderWorkerReasonRule : OlderWorkerReasonRule<Edition0>;
