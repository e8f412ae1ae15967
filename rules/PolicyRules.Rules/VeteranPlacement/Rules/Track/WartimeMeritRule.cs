using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “… or third-class or higher in wartime …”: a third-class merit counts only if
/// won in wartime (interpretation VP-WARTIME-THIRD-CLASS).
/// </summary>
[Name("veteran-placement/reg-29/wartime-third-class-merit")]
[Description("战时荣获三等功")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class WartimeMeritRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(s => s.HighestHonour.Value == MilitaryHonour.ThirdClassMerit, s => s.HonourInWartime.Value);

        Then()
            .Yield(_ => new QualifiesForPlacement());
    }
}
