using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 四(四)：“在加装(适老化)电梯过程中,运用新科技、新技术(有部级以上证书或相关部门认定材料)等手段缩短工期、降低成本的,给予适当补贴。”
/// </summary>
[Name("elevator-retrofit/6-4-4/new-technology")]
[Description("运用新科技缩短工期、降低成本的给予适当补贴（原文未规定金额）")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "四(四)")]
public sealed class NewTechnologyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "new-technology"));
    }
}
