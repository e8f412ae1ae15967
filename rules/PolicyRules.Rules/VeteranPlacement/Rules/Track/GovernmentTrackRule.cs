using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “the government arranges work for a veteran who meets one of — …”: a
/// veteran who meets a condition, is not supported (供养) instead, chose government placement and is not treated as
/// self-employed by a registered full-time study (门政办发〔2017〕25号 二(二)7, interpretation VP-STUDY-TRACK).
/// </summary>
[Name("veteran-placement/reg-29/government-track")]
[Description("符合政府安排工作条件，选择由政府安排工作")]
[Priority(TrackStrata.Government)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class GovernmentTrackRule : Rule
{
    public override void Define()
    {
        When()
            .Match<QualifiesForPlacement>()
            .Not<StateSupported>()
            .Match<Placement>(p => p.Choice.Value == PlacementChoice.GovernmentPlacement)
            .Not<SelfEmploymentTrack>();

        Then()
            .Yield(_ => new GovernmentTrack());
    }
}
