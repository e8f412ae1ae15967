using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 五：“……2018年4月底前:完成政府补贴款项拨付工作。”
/// </summary>
[Name("elevator-retrofit/6-5/subsidy-timetable")]
[Description("2018年4月底前完成政府补贴款项拨付")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "五")]
public sealed class SubsidyTimetableRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy);

        Then()
            .Yield(_ => new DeadlineApplies(ElevatorRetrofitPrograms.Subsidy, "subsidy-payment"));
    }
}
