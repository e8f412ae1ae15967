using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 三(七)：“补贴拨付。符合政府补贴条件,且增设(适老化)电梯投入使用并经审计部门审计后,由实施主体向有关部门提出申请,并报送相关材料,经街镇和区政府相关部门核准后,街镇将政府补贴拨付给实施主体(具体办法由区财政局另行制定)。”
/// </summary>
[Name("elevator-retrofit/6-3-7/subsidy-applies")]
[Description("试点楼房增设电梯，可申请政府补贴")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "三(七)")]
public sealed class SubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<InPilotScope>()
            .Match<NotMilitaryHousing>();

        Then()
            .Yield(_ => new ProgramApplies(ElevatorRetrofitPrograms.Subsidy))
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "subsidy-procedure"));
    }
}
