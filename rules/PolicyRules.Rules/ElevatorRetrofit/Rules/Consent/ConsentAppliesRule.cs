using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Consent;

/// <summary>
/// 海行规发〔2017〕6号 三(二)：“宣传与委托。实施主体在社区（村）内开展（适老化）电梯加装方案与服务模式等方面的宣传，并解答居民提出的问题。在居（村）委会的协助下，由居民自愿申请……”
/// </summary>
[Name("elevator-retrofit/6-3-2/consent-applies")]
[Description("楼房在试点范围内，由居民自愿申请")]
[Program(ElevatorRetrofitPrograms.OwnerConsent)]
[Cites(ElevatorRetrofitSources.Elevators, "三(二)")]
public sealed class ConsentAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<InPilotScope>()
            .Match<NotMilitaryHousing>();

        Then()
            .Yield(_ => new ProgramApplies(ElevatorRetrofitPrograms.OwnerConsent));
    }
}
