using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-13, the shape of every edition: A registered-unemployed local resident who receives the minimum living allowance.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.4")]
[Priority(Priorities.Reason)]
public class MinimumLivingAllowanceReasonRule<TEdition> : Rule
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
                a => a.ReceivesMinimumLivingAllowance.Value,
                a => a == resident.Person);

        Then()
            .Yield(_ => new DifficultyReason(applicant, DifficultyReasons.MinimumLivingAllowance, p.Edition));
    }
}

/// <summary>BENCH-13 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-13 reason: minimum living allowance")]
[Cites(Parameters.Document, "3.4")]
public sealed class MinimumLivingAllowanceReasonRule : MinimumLivingAllowanceReasonRule<Edition0>;
