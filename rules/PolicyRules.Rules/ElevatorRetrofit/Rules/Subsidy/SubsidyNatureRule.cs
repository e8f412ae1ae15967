using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 四[末段]：“根据《关于印发〈北京市 2016 年既有多层住宅增设电梯试点工作实施方案〉的通知》(京建发〔2016〕312号)文件要求,财政补贴不属于财政投资,不形成政府固定资产。……增设电梯的实施主体依法享有增设电梯的相关权益,并承担电梯投入使用后的管理责任。”
/// </summary>
[Name("elevator-retrofit/6-4-end/not-fixed-assets")]
[Description("财政补贴不形成政府固定资产，实施主体享有权益并承担管理责任")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "四[末段]")]
public sealed class SubsidyNatureRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "not-fixed-assets"));
    }
}
