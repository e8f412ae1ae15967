using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

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

/// <summary>BENCH-07 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-07 local minor child")]
[Cites(Parameters.Document, "2.7")]
public sealed class LocalChildRule : LocalChildRule<Edition0>;
