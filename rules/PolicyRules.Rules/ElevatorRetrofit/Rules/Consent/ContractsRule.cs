using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Consent;

/// <summary>
/// 海行规发〔2017〕6号 三(三)：“签订合同。同意增设（适老化）电梯的业主应与实施主体商定以下方案并签订合同：1. 增设电梯工程费用筹集方案；2. 电梯运行维护费用（电费、维护保养费、更新费、管理费）分担方案；3. 电梯运行维护保养委托合同。以上方案、合同应当形成书面材料并备案。”
/// </summary>
[Name("elevator-retrofit/6-3-3/contracts")]
[Description("同意的业主与实施主体商定并签订费用筹集、运行维护费用分担方案和维护保养合同")]
[Program(ElevatorRetrofitPrograms.OwnerConsent)]
[Cites(ElevatorRetrofitSources.Elevators, "三(三)")]
public sealed class ContractsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.OwnerConsent);

        Then()
            .Yield(_ => new ContractsListed(ElevatorRetrofitPrograms.OwnerConsent))
            .Yield(_ => new DocumentRequired(ElevatorRetrofitPrograms.OwnerConsent, "funding-plan"))
            .Yield(_ => new DocumentRequired(ElevatorRetrofitPrograms.OwnerConsent, "running-cost-plan"))
            .Yield(_ => new DocumentRequired(ElevatorRetrofitPrograms.OwnerConsent, "maintenance-contract"));
    }
}
