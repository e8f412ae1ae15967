using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 二(一)5：“协调区公安分局辅警或协警、区消防支队消防协管员等区属部门新增就业岗位,优先招录退役士兵。”
/// Any discharged soldier, on either track.
/// </summary>
[Name("veteran-placement/25-2-1-5/priority-new-posts")]
[Description("区属部门新增就业岗位优先招录退役士兵")]
[Cites(VeteranPlacementSources.District, "二(一)5")]
public sealed class PriorityPostsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == VeteranPlacementPrograms.GovernmentPlacement);

        Then()
            .Yield(_ => new Notice(VeteranPlacementPrograms.GovernmentPlacement, "priority-new-posts"))
            .Yield(_ => new Notice(VeteranPlacementPrograms.SelfEmployment, "priority-new-posts"));
    }
}
