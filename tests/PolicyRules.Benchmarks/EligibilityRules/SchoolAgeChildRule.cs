using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-08, the shape of every edition: A local child born within the edition's primary-school enrolment window.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.8")]
[Priority(Priorities.DerivedStatus)]
public class SchoolAgeChildRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        LocalChild local = default!;

        When()
            .Match(() => local,
                l => l.Edition == p.Edition,
                l => l.Child.BirthDate.Value >= p.SchoolCohortBornFrom && l.Child.BirthDate.Value <= p.SchoolCohortBornTo);

        Then()
            .Yield(_ => new SchoolAgeChild(local.Child, p.Edition));
    }
}

/// <summary>BENCH-08 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-08 primary-school cohort")]
[Cites(Parameters.Document, "2.8")]
public sealed class SchoolAgeChildRule : SchoolAgeChildRule<Edition0>;
