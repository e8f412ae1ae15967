using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 二(一)2：“由区安置办协调北京市公交总公司、北京市地铁总公司、北京市铁路局安置指标30个,
/// 并按照每安置一名复退士兵由区财政向安置单位支付相应的上岗培训费。” The training fee goes to the unit, not the veteran.
/// </summary>
[Name("veteran-placement/25-2-1-2/outside-posts")]
[Description("区安置办协调公交、地铁、铁路局的区外安置指标")]
[Cites(VeteranPlacementSources.District, "二(一)2")]
public sealed class OutsidePostsRule : Rule
{
    public override void Define()
    {
        ProgramEligible placement = default!;

        When()
            .Match(() => placement, p => p.Program == VeteranPlacementPrograms.GovernmentPlacement);

        Then()
            .Yield(_ => new Notice(placement.Program, "outside-posts"));
    }
}
