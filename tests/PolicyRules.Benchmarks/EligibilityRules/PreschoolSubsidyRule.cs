using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Fluent;

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

/// <summary>BENCH-36 in edition 0: the member of the 40-rule set (attributes repeated: [Name], [Cites], [Priority] and [Effective] are not inherited).</summary>
[Name("BENCH-36 kindergarten subsidy")]
[Tag("bench")]
[Cites(Parameters.Document, "7.4")]
[Priority(Priorities.Benefit)]
public sealed class PreschoolSubsidyRule : PreschoolSubsidyRule<Edition0>;
