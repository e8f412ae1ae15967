using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

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

/// <summary>BENCH-33 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-33 primary-school enrolment place")]
[Tag("bench")]
[Cites(Parameters.Document, "7.1")]
[Priority(Priorities.Benefit)]
public sealed class EnrolmentRule : EnrolmentRule<Edition0>;
