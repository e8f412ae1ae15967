using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>《退役士兵安置条例》第二十九条 (issue 15): support (供养) concerns veterans assessed as disabled.</summary>
[Name("veteran-placement/reg-29/state-support-applies")]
[Description("退役士兵被评定了残疾等级")]
[Program(VeteranPlacementPrograms.StateSupport)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class StateSupportAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Veteran)
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(s => s.ServiceDisability.Value != DisabilityCause.None);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.StateSupport));
    }
}
