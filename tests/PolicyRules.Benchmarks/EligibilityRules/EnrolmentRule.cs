using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-33, the shape of every edition: A school-age local child of a local parent gets an enrolment place.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "7.1")]
[Priority(Priorities.Benefit)]
public class EnrolmentRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.EnrolmentPlace);
        SchoolAgeChild pupil = default!;
        Applicant parent = default!;

        When()
            .Match(() => pupil, s => s.Edition == p.Edition)
            .Match(() => parent,
                a => a.HukouDistrict.Value == Parameters.HomeDistrict,
                a => a == pupil.Child.Parent);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.Enrolment, parent.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-33 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-33 primary-school enrolment place")]
[Cites(Parameters.Document, "7.1")]
public sealed class EnrolmentRule : EnrolmentRule<Edition0>;
