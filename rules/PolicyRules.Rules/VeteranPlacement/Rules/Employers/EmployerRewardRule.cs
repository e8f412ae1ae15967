using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“……每接收安置一名退役士兵区财政向接收单位支付6000元奖励金。” For every veteran received, on
/// either track (interpretation VP-EMPLOYER-REWARD).
/// </summary>
[Name("veteran-placement/25-2-2-8/employer-reward")]
[Description("每接收安置一名退役士兵，区财政支付6000元奖励金")]
[Program(VeteranPlacementPrograms.EmployerReward)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class EmployerRewardRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.EmployerReward)
            .Match<Employer>(e => e.VeteransReceived.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "employer-reward"));
    }
}
