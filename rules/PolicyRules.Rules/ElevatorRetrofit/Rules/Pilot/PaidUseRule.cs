using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 二[有偿使用]：“有偿使用：按照“谁使用，谁付费”的收费模式，经实施主体与使用电梯的业主协商，收取合理的使用费用。”
/// </summary>
[Name("elevator-retrofit/6-2-paid-use/paid-use")]
[Description("有偿使用：谁使用，谁付费")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "二[有偿使用]")]
public sealed class PaidUseRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Pilot, "paid-use"));
    }
}
