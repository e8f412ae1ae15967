using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “… a war-caused disability assessed at grade 5 to 8 …”, both ends included
/// (interpretation VP-WAR-DISABILITY). A disability from duty or illness does not count.
/// </summary>
[Name("veteran-placement/reg-29/war-disability")]
[Description("因战致残被评定为5级至8级残疾等级")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class WarDisabilityRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(
                s => s.ServiceDisability.Value == DisabilityCause.War,
                s => s.HasGradeBetween(at.Parameters.WarDisabilityGradeFrom, at.Parameters.WarDisabilityGradeTo));

        Then()
            .Yield(_ => new QualifiesForPlacement());
    }
}
