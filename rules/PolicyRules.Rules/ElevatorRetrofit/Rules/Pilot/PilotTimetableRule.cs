using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 五：“时间安排 2017年5月底前:制定工作方案,确定实施主体、增设电梯点位和施工单位。2017年6月—10月底:完成方案设计与审批、签订协议、施工与安装等工作。2017年12月底前:完成验收,电梯投入使用;委托专业部门进行审计。……”
/// </summary>
[Name("elevator-retrofit/6-5/pilot-timetable")]
[Description("试点的时间安排")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "五")]
public sealed class PilotTimetableRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new DeadlineApplies(ElevatorRetrofitPrograms.Pilot, "preparation"))
            .Yield(_ => new DeadlineApplies(ElevatorRetrofitPrograms.Pilot, "works"))
            .Yield(_ => new DeadlineApplies(ElevatorRetrofitPrograms.Pilot, "acceptance"));
    }
}
