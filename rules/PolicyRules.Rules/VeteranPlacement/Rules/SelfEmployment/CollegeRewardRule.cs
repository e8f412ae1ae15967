using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)7：“凡持正规高等院校录取通知书参加全脱产学习的,经区安置办注册备案,视为自主就业,享受自主就业相关政策;
/// 学习期满后,凭毕业证书,给予5000元的奖励。”
/// </summary>
[Name("veteran-placement/25-2-2-7/college-reward")]
[Description("经区安置办注册备案，学习期满凭毕业证书奖励5000元")]
[Program(VeteranPlacementPrograms.CollegeReward)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class CollegeRewardRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.CollegeReward)
            .Match<CivilianLife>(c => c.StudyRegistered.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "college-reward"))
            .Yield(_ => new DocumentRequired(applies.Program, "admission-letter"))
            .Yield(_ => new DocumentRequired(applies.Program, "graduation-certificate"))
            .Yield(_ => new Notice(applies.Program, "study-counts-as-self-employment"));
    }
}
