using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 三(五)：“施工与安装。……增设电梯施工前，电梯安装施工单位应按照《中华人民共和国特种设备安全法》的规定，到质量技术监督行政主管部门办理电梯施工开工告知，并到区住房城乡建设委办理施工安全管理登记,同时在街镇完成施工备案手续(涉及到水、电、气、热、暖等公共管线改造的,应向相关部门提出改造申请)……”
/// </summary>
[Name("elevator-retrofit/6-3-5/works")]
[Description("施工前办理开工告知、施工安全管理登记和街镇备案")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "三(五)")]
public sealed class WorksApprovalsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new PilotStep(PilotSteps.Works));
    }
}
