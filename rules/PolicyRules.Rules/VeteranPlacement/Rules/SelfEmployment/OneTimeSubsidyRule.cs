using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)11：“……给予自主就业退役士兵一次性经济补助（标准为部队规定退役时间的上年度本市城镇居民人均消费性支出
/// （以市统计局发布为准）的2倍）。……选择自主就业的退役士兵和士官可享受中央和北京市相关配套优惠政策。……将当年度自主就业退役士兵
/// 全部纳入“两节”慰问范围。” The figure is an operator's, of the year before the discharge year (amounts.yaml).
/// </summary>
[Name("veteran-placement/25-2-3-11/one-time-subsidy")]
[Description("自主就业退役士兵给予一次性经济补助")]
[Program(VeteranPlacementPrograms.SelfEmployment)]
[Cites(VeteranPlacementSources.District, "二(三)11")]
public sealed class OneTimeSubsidyRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<SelfEmploymentTrack>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "subsidy-base"))
            .Yield(_ => new Notice(applies.Program, "festival-visits"));
    }
}
