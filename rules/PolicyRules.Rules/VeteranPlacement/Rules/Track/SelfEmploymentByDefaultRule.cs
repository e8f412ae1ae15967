using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 门政办发〔2017〕25号 一：“……总计140人。其中，选择自主就业退役士兵为105人，符合政府安置条件的退役士兵为35人……”
/// The district's veterans are either on the self-employment track or qualified for placement: a veteran who meets
/// none of the conditions of 第二十九条 and is not supported (供养) is on the self-employment track (interpretation VP-TRACKS).
/// </summary>
[Name("veteran-placement/25-1/self-employment-by-default")]
[Description("不符合政府安排工作条件的退役士兵走自主就业")]
[Priority(TrackStrata.SelfEmployment)]
[Cites(VeteranPlacementSources.District, "一")]
public sealed class SelfEmploymentByDefaultRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Not<QualifiesForPlacement>()
            .Not<StateSupported>();

        Then()
            .Yield(_ => new SelfEmploymentTrack());
    }
}
