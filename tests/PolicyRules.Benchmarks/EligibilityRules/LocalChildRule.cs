using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-07, the shape of every edition: A minor child with hukou in the programme district.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.7")]
[Priority(Priorities.Status)]
public class LocalChildRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        Child child = default!;

        When()
            .Match(() => child,
                c => c.HukouDistrict.Value == Parameters.HomeDistrict,
                c => c.BirthDate.Value > p.MinorBornAfter);

        Then()
            .Yield(_ => new LocalChild(child, p.Edition));
    }
}

/// <summary>BENCH-07 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-07 local minor child")]
[Tag("bench")]
[Cites(Parameters.Document, "2.7")]
[Priority(Priorities.Status)]
public sealed class LocalChildRule : LocalChildRule<Edition0>;
