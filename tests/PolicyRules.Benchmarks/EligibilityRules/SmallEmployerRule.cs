using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-06 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-06 local small or micro employer")]
[Cites(Parameters.Document, "2.6")]
public sealed class SmallEmployerRule : SmallEmployerRule<Edition0>;
