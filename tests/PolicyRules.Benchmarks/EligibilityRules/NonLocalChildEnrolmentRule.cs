using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-37, the shape of every edition: A minor child without local hukou whose parent has it enrols through the parent's hukou.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "7.5")]
[Priority(Priorities.Benefit)]
public class NonLocalChildEnrolmentRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.EnrolmentPlace);
        Child child = default!;
        Applicant parent = default!;

        When()
            .Match(() => child,
                c => c.HukouDistrict.Value != Parameters.HomeDistrict,
                c => c.BirthDate.Value > p.MinorBornAfter)
            .Match(() => parent,
                a => a.HukouDistrict.Value == Parameters.HomeDistrict,
                a => a == child.Parent);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.NonLocalChildEnrolment, parent.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-37 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-37 enrolment of a non-local child of a local parent")]
[Cites(Parameters.Document, "7.5")]
public sealed class NonLocalChildEnrolmentRule : NonLocalChildEnrolmentRule<Edition0>;
