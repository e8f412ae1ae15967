using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 三(四)：“方案设计与审批。实施主体调档授权建筑物的建筑图纸，设计电梯加装方案；电梯加装方案报经市规划国土委认定的审图机构进行审图，审图通过后方可实施；电梯改造方案报原规划许可存档的城建档案馆备案。”
/// </summary>
[Name("elevator-retrofit/6-3-4/design-review")]
[Description("加装方案经审图机构审查通过后方可实施")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "三(四)")]
public sealed class DesignReviewRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new PilotStep(PilotSteps.DesignReview));
    }
}
