using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 四(一)：“既有多层住宅楼房增设(适老化)电梯试点所需资金由实施主体负责;同时鼓励单位和社会其他资金积极参与投资。企业及与财政无缴拨关系的事业单位房改房,经原售房单位同意的,可以使用房改售房款。”
/// </summary>
[Name("elevator-retrofit/6-4-1/funding")]
[Description("试点所需资金由实施主体负责，经原售房单位同意可使用房改售房款")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "四(一)")]
public sealed class FundingRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Pilot, "funding"));
    }
}
