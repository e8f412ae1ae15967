using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “the government arranges work for a veteran who meets one of — an NCO (士官)
/// who served 12 years or more; …”. 满12年 includes 12 (interpretation VP-NCO-12-YEARS).
/// </summary>
[Name("veteran-placement/reg-29/nco-twelve-years")]
[Description("士官服现役满12年")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class NcoTwelveYearsRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;
        Applicant nco = default!;

        // The route (an NCO) in its own element, so that a refusal names the 12 years an NCO lacks but
        // leaves the route out for a conscript.
        When()
            .Match(() => at)
            .Match(() => nco, a => a.MilitaryService.Value == MilitaryService.Nco)
            .Match<Applicant>(a => a == nco, a => a.ServiceYears.Value >= at.Parameters.NcoPlacementServiceYears);

        Then()
            .Yield(_ => new QualifiesForPlacement());
    }
}
