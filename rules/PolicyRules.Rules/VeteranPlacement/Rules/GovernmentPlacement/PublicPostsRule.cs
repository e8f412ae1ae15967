using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 二(一)1：“……由区编办、区人力社保局提供事业单位指标6个……区社工委提供5个社会工作者指标,
/// 定向公开招聘符合安置条件的退役士兵。”
/// </summary>
[Name("veteran-placement/25-2-1-1/public-posts")]
[Description("事业单位和社会工作者安置指标定向公开招聘符合安置条件的退役士兵")]
[Cites(VeteranPlacementSources.District, "二(一)1")]
public sealed class PublicPostsRule : Rule
{
    public override void Define()
    {
        ProgramEligible placement = default!;

        When()
            .Match(() => placement, p => p.Program == VeteranPlacementPrograms.GovernmentPlacement);

        Then()
            .Yield(_ => new Notice(placement.Program, "public-posts"));
    }
}
