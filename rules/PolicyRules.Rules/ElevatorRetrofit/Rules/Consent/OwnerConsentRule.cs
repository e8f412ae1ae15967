using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Consent;

/// <summary>
/// 海行规发〔2017〕6号 二[业主自愿]：“业主自愿：……并妥善处理住宅周边相邻关系后，业主与实施主体签署授权委托书、电梯运行维护费用分担方案、电梯运行维护保养委托合同等协议。”
/// </summary>
[Name("elevator-retrofit/6-2-consent/owner-consent")]
[Description("业主同意达到要求，可与实施主体签署授权委托书")]
[Program(ElevatorRetrofitPrograms.OwnerConsent)]
[Cites(ElevatorRetrofitSources.Elevators, "二[业主自愿]")]
public sealed class OwnerConsentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.OwnerConsent)
            .Match<TwoThirdsConsent>()
            .Match<AffectedOwnersAgree>()
            .Match<ContractsListed>(c => c.Program == ElevatorRetrofitPrograms.OwnerConsent);

        Then()
            .Yield(_ => new ProgramEligible(ElevatorRetrofitPrograms.OwnerConsent))
            .Yield(_ => new DocumentRequired(ElevatorRetrofitPrograms.OwnerConsent, "authorisation"));
    }
}
