using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Consent;

/// <summary>
/// 海行规发〔2017〕6号 二[业主自愿]：“业主自愿：征得所在楼栋专有部分占建筑物总面积三分之二以上的业主且占总人数三分之二以上业主同意，同时征得因增设电梯受到采光、通风和噪声直接影响的所在单元业主的同意……”
/// Every directly affected owner must agree (ER-AFFECTED-OWNERS).
/// </summary>
[Name("elevator-retrofit/6-2-consent/affected-owners")]
[Description("受采光、通风和噪声直接影响的本单元业主同意")]
[Program(ElevatorRetrofitPrograms.OwnerConsent)]
[Cites(ElevatorRetrofitSources.Elevators, "二[业主自愿]")]
public sealed class AffectedOwnersRule : Rule
{
    public override void Define()
    {
        Entrance entrance = default!;

        When()
            .Match(() => entrance, e => e.AffectedOwners.Value != AffectedOwners.NotAll);

        Then()
            .Yield(_ => new AffectedOwnersAgree(entrance));
    }
}
