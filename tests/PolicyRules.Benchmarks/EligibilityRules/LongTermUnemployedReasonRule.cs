using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-10, the shape of every edition: Long-term unemployment makes the applicant an employment-difficulty person.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.1")]
[Priority(Priorities.Reason)]
public class LongTermUnemployedReasonRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        LongTermUnemployed unemployed = default!;

        When()
            .Match(() => unemployed, l => l.Edition == p.Edition);

        Then()
            .Yield(_ => new DifficultyReason(unemployed.Person, DifficultyReasons.LongTermUnemployed, p.Edition));
    }
}

/// <summary>BENCH-10 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-10 reason: long-term unemployment")]
[Tag("bench")]
[Cites(Parameters.Document, "3.1")]
[Priority(Priorities.Reason)]
public sealed class LongTermUnemployedReasonRule : LongTermUnemployedReasonRule<Edition0>;
