using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 三(六)：“验收与使用。增设电梯安装完工后,电梯安装施工单位应按照《中华人民共和国特种设备安全法》的规定,到质量技术监督行政主管部门申报监督检查;电梯经监督检查合格后,实施主体应当到质量技术监督行政主管部门办理使用登记手续;增设电梯相关资料报送相关主管部门备案。”
/// </summary>
[Name("elevator-retrofit/6-3-6/acceptance")]
[Description("完工后监督检验合格，办理使用登记")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "三(六)")]
public sealed class AcceptanceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new PilotStep(PilotSteps.Acceptance));
    }
}
