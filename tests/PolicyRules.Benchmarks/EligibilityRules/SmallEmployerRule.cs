using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-06, the shape of every edition: A small or micro employer in the programme district under the edition's headcount limit.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.6")]
[Priority(Priorities.Status)]
public class SmallEmployerRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        Employer employer = default!;

        When()
            .Match(() => employer,
                x => x.SmallOrMicro.Value,
                x => x.Headcount.Value <= p.SmallEmployerMaxHeadcount,
                x => x.District.Value == Parameters.HomeDistrict);

        Then()
            .Yield(_ => new SmallEmployer(employer, p.Edition));
    }
}

/// <summary>BENCH-06 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-06 local small or micro employer")]
[Tag("bench")]
[Cites(Parameters.Document, "2.6")]
[Priority(Priorities.Status)]
public sealed class SmallEmployerRule : SmallEmployerRule<Edition0>;
