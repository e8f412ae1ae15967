using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 二(一)4：“做好符合安置的退役士兵待分配期间生活费发放工作。按照当年度城市居民最低生活保障标准发放,
/// 共发放6个月待分配期间生活费。” The standard is an operator's figure, read per month (interpretation VP-MINIMUM-LIVING-MONTHLY).
/// </summary>
[Name("veteran-placement/25-2-1-4/waiting-allowance")]
[Description("待分配期间按当年度城市居民最低生活保障标准发放6个月生活费")]
[Cites(VeteranPlacementSources.District, "二(一)4")]
public sealed class WaitingAllowanceRule : Rule
{
    public override void Define()
    {
        ProgramEligible placement = default!;

        When()
            .Match(() => placement, p => p.Program == VeteranPlacementPrograms.GovernmentPlacement);

        Then()
            .Yield(_ => new AmountGranted(placement.Program, "waiting-allowance"));
    }
}
