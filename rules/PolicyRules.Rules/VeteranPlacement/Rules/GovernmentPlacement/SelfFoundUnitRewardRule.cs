using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 二(一)3：“凡是符合政府安排工作条件的城镇退役士兵由自己联系到外区接收单位的,由区安置办负责办理安置手续,
/// 并给予一次性20000元的奖励。” Urban hukou only (interpretation VP-URBAN-REWARD).
/// </summary>
[Name("veteran-placement/25-2-1-3/self-found-unit-reward")]
[Description("城镇退役士兵自己联系到外区接收单位，奖励20000元")]
[Program(VeteranPlacementPrograms.SelfFoundUnitReward)]
[Cites(VeteranPlacementSources.District, "二(一)3")]
public sealed class SelfFoundUnitRewardRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.SelfFoundUnitReward)
            .Match<Placement>(p => p.FoundUnitOutsideDistrict.Value)
            .Match<Applicant>(a => a.HukouType.Value == HukouType.Urban);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "self-found-unit-reward"));
    }
}
