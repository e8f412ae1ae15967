using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Consent;

/// <summary>
/// 海行规发〔2017〕6号 三(二)：“……以单元门为单位，单元门内所在楼栋专有部分占建筑总面积三分之二以上的业主且占总人数三分之二以上业主签字同意后，业主与实施主体签署授权委托书。”
/// Counted per unit entrance (ER-CONSENT-UNIT); exactly two-thirds counts (ER-TWO-THIRDS-AREA, ER-TWO-THIRDS-OWNERS).
/// </summary>
[Name("elevator-retrofit/6-3-2/two-thirds")]
[Description("单元门内专有部分面积三分之二以上且人数三分之二以上的业主同意")]
[Program(ElevatorRetrofitPrograms.OwnerConsent)]
[Cites(ElevatorRetrofitSources.Elevators, "三(二)")]
public sealed class TwoThirdsRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElevatorRetrofitParameters> at = default!;
        Entrance entrance = default!;

        When()
            .Match(() => at)
            .Match(
                () => entrance,
                e => e.OwnersConsentShare.Value >= at.Parameters.ConsentOwnerShareMin,
                e => e.AreaConsentShare.Value >= at.Parameters.ConsentAreaShareMin);

        Then()
            .Yield(_ => new TwoThirdsConsent(entrance));
    }
}
