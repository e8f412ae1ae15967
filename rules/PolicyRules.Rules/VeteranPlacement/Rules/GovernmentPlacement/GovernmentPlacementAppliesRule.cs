using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 《退役士兵安置条例》第二十九条 (issue 15): “the government arranges work for a veteran who meets one of — …”. The
/// program concerns every discharged soldier (退役士兵: a conscript or NCO, interpretation VP-VETERAN); the conditions decide
/// whether he qualifies.
/// </summary>
[Name("veteran-placement/reg-29/government-placement-applies")]
[Description("退役士兵（退出现役的义务兵或士官）")]
[Program(VeteranPlacementPrograms.GovernmentPlacement)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class GovernmentPlacementAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Veteran)
            .Match<Applicant>(a => a.IsDischargedSoldier());

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.GovernmentPlacement));
    }
}
