using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “Those disabled at grades 1 to 4 are supported instead (供养).” Whatever
/// the cause, and instead of either placement track (interpretation VP-SUPPORT).
/// </summary>
[Name("veteran-placement/reg-29/state-supported")]
[Description("被评定为1级至4级残疾等级，由国家供养")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class StateSupportedRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(
                s => s.ServiceDisability.Value != DisabilityCause.None,
                s => s.HasGradeAtMost(at.Parameters.SupportDisabilityGradeTo));

        Then()
            .Yield(_ => new StateSupported());
    }
}
