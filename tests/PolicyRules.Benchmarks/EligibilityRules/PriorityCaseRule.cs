using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-17, the shape of every edition: An employment-difficulty person who is also an eligible veteran in a zero-employment family.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "3.8")]
[Priority(Priorities.Consolidation)]
public class PriorityCaseRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        EmploymentDifficultyPerson difficult = default!;
        EligibleVeteran veteran = default!;
        ZeroEmploymentFamily family = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => veteran,
                v => v.Edition == p.Edition,
                v => v.Person == difficult.Person)
            .Match(() => family,
                z => z.Edition == p.Edition,
                z => z.Household == difficult.Person.Household);

        Then()
            .Yield(_ => new PriorityCase(difficult.Person, p.Edition));
    }
}

/// <summary>BENCH-17 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-17 priority case")]
[Cites(Parameters.Document, "3.8")]
public sealed class PriorityCaseRule : PriorityCaseRule<Edition0>;
