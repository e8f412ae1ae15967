using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 附件2：“区民政局：……针对特殊群体制定相关补助政策。……区残联：……针对特殊群体制定相关补助政策。……”
/// Those policies are not part of this text: the report says so and names no figure.
/// </summary>
[Name("elevator-retrofit/6-annex-2/special-groups")]
[Description("区民政局、区残联针对特殊群体另行制定补助政策")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "附件2")]
public sealed class SpecialGroupsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "special-groups"));
    }
}
