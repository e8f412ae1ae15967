using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-38, the shape of every edition: A zero-employment family: an allowance per working-age member.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "8.1")]
[Priority(Priorities.Benefit)]
public class ZeroEmploymentAllowanceRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var perMember = p.Amount(Parameters.ZeroEmploymentAllowancePerMember);
        ZeroEmploymentFamily family = default!;

        When()
            .Match(() => family, z => z.Edition == p.Edition);

        Then()
            .Yield(_ => new BenefitResult(
                ProgramIds.ZeroEmploymentAllowance,
                family.Household.Id,
                perMember * family.Household.WorkingAgeMembers.Value,
                p.Edition));
    }
}

/// <summary>BENCH-38 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-38 zero-employment family allowance")]
[Cites(Parameters.Document, "8.1")]
public sealed class ZeroEmploymentAllowanceRule : ZeroEmploymentAllowanceRule<Edition0>;
