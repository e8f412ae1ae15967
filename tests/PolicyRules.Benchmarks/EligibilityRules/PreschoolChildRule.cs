using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-09, the shape of every edition: A local child born within the edition's kindergarten window.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.9")]
[Priority(Priorities.DerivedStatus)]
public class PreschoolChildRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        LocalChild local = default!;

        When()
            .Match(() => local,
                l => l.Edition == p.Edition,
                l => l.Child.BirthDate.Value >= p.PreschoolCohortBornFrom && l.Child.BirthDate.Value <= p.PreschoolCohortBornTo);

        Then()
            .Yield(_ => new PreschoolChild(local.Child, p.Edition));
    }
}

/// <summary>BENCH-09 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-09 kindergarten cohort")]
[Cites(Parameters.Document, "2.9")]
public sealed class PreschoolChildRule : PreschoolChildRule<Edition0>;
