using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-03, the shape of every edition: A local low-income household with working-age members of whom none is employed.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.3")]
[Priority(Priorities.Status)]
public class ZeroEmploymentFamilyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        Household household = default!;

        When()
            .Match(() => household,
                h => h.District.Value == Parameters.HomeDistrict,
                h => h.WorkingAgeMembers.Value >= 1,
                h => h.EmployedMembers.Value == 0,
                h => h.MonthlyIncomePerCapita.Value < p.LowIncomeLine);

        Then()
            .Yield(_ => new ZeroEmploymentFamily(household, p.Edition));
    }
}

/// <summary>BENCH-03 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-03 zero-employment family")]
[Cites(Parameters.Document, "2.3")]
public sealed class ZeroEmploymentFamilyRule : ZeroEmploymentFamilyRule<Edition0>;
