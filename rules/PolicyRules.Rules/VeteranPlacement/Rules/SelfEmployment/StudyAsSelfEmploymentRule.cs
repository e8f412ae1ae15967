using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;
using PolicyRules.Rules.VeteranPlacement.Rules.Track;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)7：“凡持正规高等院校录取通知书参加全脱产学习的,经区安置办注册备案,视为自主就业,享受自主就业相关政策……”
/// A registered full-time student is on the self-employment track, even if he qualified for placement (interpretation VP-STUDY-TRACK).
/// </summary>
[Name("veteran-placement/25-2-2-7/study-as-self-employment")]
[Description("全脱产学习经区安置办注册备案的，视为自主就业")]
[Priority(TrackStrata.SelfEmployment)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class StudyAsSelfEmploymentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<CivilianLife>(c => c.FullTimeStudy.Value, c => c.StudyRegistered.Value)
            .Not<StateSupported>();

        Then()
            .Yield(_ => new SelfEmploymentTrack());
    }
}
