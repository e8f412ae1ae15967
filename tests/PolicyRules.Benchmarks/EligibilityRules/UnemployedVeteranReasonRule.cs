using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-15, the shape of every edition: An eligible veteran who is registered unemployed.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.6")]
[Priority(Priorities.Reason)]
public class UnemployedVeteranReasonRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        EligibleVeteran veteran = default!;
        Applicant applicant = default!;

        When()
            .Match(() => veteran, v => v.Edition == p.Edition)
            .Match(() => applicant,
                a => a.RegisteredUnemployed.Value,
                a => a == veteran.Person);

        Then()
            .Yield(_ => new DifficultyReason(applicant, DifficultyReasons.UnemployedVeteran, p.Edition));
    }
}

/// <summary>BENCH-15 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-15 reason: unemployed veteran")]
[Cites(Parameters.Document, "3.6")]
public sealed class UnemployedVeteranReasonRule : UnemployedVeteranReasonRule<Edition0>;
