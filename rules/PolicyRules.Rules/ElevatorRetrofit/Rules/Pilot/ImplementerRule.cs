using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 三(一)：“确定实施主体。实施主体：是指负责增设(适老化)电梯的项目报建、资金筹集、组织设计、施工、验收、运营、维护等工作的单位。……经招投标确定的实施主体原则上全区不超过 5 家。产权单位投资的或经产权单位书面同意并授权的房屋管理部门、物业公司，不需经招投标程序即可作为实施主体。……实施主体对增设的（适老化）电梯享有 10—20 年的经营权。……”
/// </summary>
[Name("elevator-retrofit/6-3-1/implementer")]
[Description("由街镇在招投标确定的实施主体中选定实施主体")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "三(一)")]
public sealed class ImplementerRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new PilotStep(PilotSteps.Implementer));
    }
}
