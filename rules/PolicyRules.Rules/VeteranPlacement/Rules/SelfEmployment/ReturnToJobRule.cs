using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“自主就业的退役士兵入伍前是国家机关、社会团体、企事业单位工作人员或者职工的,退出现役后可以选择复工复职,
/// 其工资、福利和其他待遇不得低于本单位同等条件人员的平均水平。”
/// </summary>
[Name("veteran-placement/25-2-2-8/return-to-job")]
[Description("自主就业的退役士兵可以选择复工复职")]
[Program(VeteranPlacementPrograms.ReturnToJob)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class ReturnToJobRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.ReturnToJob)
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "pay-not-below-average"));
    }
}
