using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “… a second-class merit or higher in peacetime …”. A merit of that rank
/// counts whenever it was won; an honorary title ranks above a first-class merit (interpretation VP-HONORARY-TITLE).
/// </summary>
[Name("veteran-placement/reg-29/second-class-merit")]
[Description("服现役期间荣获二等功以上奖励")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class PeacetimeMeritRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(s => s.HasSecondClassMeritOrHigher());

        Then()
            .Yield(_ => new QualifiesForPlacement());
    }
}
