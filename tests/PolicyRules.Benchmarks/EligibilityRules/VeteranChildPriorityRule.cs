using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-34, the shape of every edition: A school-age child of an eligible veteran enrols with priority.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "7.2")]
[Priority(Priorities.Benefit)]
public class VeteranChildPriorityRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.VeteranChildPriority);
        SchoolAgeChild pupil = default!;
        EligibleVeteran veteran = default!;

        When()
            .Match(() => pupil, s => s.Edition == p.Edition)
            .Match(() => veteran,
                v => v.Edition == p.Edition,
                v => v.Person == pupil.Child.Parent);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.VeteranChildPriority, veteran.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-34 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-34 veteran's child priority enrolment")]
[Cites(Parameters.Document, "7.2")]
public sealed class VeteranChildPriorityRule : VeteranChildPriorityRule<Edition0>;
