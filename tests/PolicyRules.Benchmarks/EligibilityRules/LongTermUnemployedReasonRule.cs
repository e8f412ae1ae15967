using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-10 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-10 reason: long-term unemployment")]
[Cites(Parameters.Document, "3.1")]
public sealed class LongTermUnemployedReasonRule : LongTermUnemployedReasonRule<Edition0>;
