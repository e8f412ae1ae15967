using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-16, the shape of every edition: A local working-age resident for whom at least one difficulty reason holds (one fact however many reasons).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.7")]
[Priority(Priorities.Consolidation)]
public class EmploymentDifficultyPersonRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        LocalWorkingAgeResident resident = default!;

        When()
            .Match(() => resident, r => r.Edition == p.Edition)
            .Exists<DifficultyReason>(
                d => d.Edition == p.Edition,
                d => d.Person == resident.Person);

        Then()
            .Yield(_ => new EmploymentDifficultyPerson(resident.Person, p.Edition));
    }
}

/// <summary>BENCH-16 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-16 employment-difficulty person")]
[Cites(Parameters.Document, "3.7")]
public sealed class EmploymentDifficultyPersonRule : EmploymentDifficultyPersonRule<Edition0>;
