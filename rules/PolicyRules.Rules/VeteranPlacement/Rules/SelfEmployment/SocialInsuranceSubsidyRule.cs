using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“自主就业的退役士兵自谋职业(含自主就业)的,可按规定申请享受最长达5年的社会保险补贴。” Every
/// self-employment veteran (interpretation VP-SOCIAL-INSURANCE); the amount is set by rules the text does not give.
/// </summary>
[Name("veteran-placement/25-2-2-8/social-insurance-subsidy")]
[Description("自主就业退役士兵自谋职业的，可按规定申请最长5年的社会保险补贴")]
[Program(VeteranPlacementPrograms.SocialInsuranceSubsidy)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class SocialInsuranceSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.SocialInsuranceSubsidy))
            .Yield(_ => new ProgramEligible(VeteranPlacementPrograms.SocialInsuranceSubsidy))
            .Yield(_ => new Notice(VeteranPlacementPrograms.SocialInsuranceSubsidy, "subsidy-per-rules"));
    }
}
