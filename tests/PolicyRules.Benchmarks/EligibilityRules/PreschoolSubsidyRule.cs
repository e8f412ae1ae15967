using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-36, the shape of every edition: A local child of kindergarten age.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "7.4")]
[Priority(Priorities.Benefit)]
public class PreschoolSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.PreschoolSubsidy);
        PreschoolChild infant = default!;

        When()
            .Match(() => infant, c => c.Edition == p.Edition);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.Preschool, infant.Child.Parent.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-36 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-36 kindergarten subsidy")]
[Cites(Parameters.Document, "7.4")]
public sealed class PreschoolSubsidyRule : PreschoolSubsidyRule<Edition0>;
