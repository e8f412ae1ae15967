using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>《退役士兵安置条例》第二十九条 (issue 15): “A veteran who meets the conditions may still choose self-employment (自主就业).”</summary>
[Name("veteran-placement/reg-29/chose-self-employment")]
[Description("符合政府安排工作条件，自愿选择自主就业")]
[Priority(TrackStrata.SelfEmployment)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class ChoseSelfEmploymentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<QualifiesForPlacement>()
            .Not<StateSupported>()
            .Match<Placement>(p => p.Choice.Value == PlacementChoice.SelfEmployment);

        Then()
            .Yield(_ => new SelfEmploymentTrack());
    }
}
