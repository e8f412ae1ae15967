using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>《退役士兵安置条例》第二十九条 (issue 15): “… a martyr's child.”</summary>
[Name("veteran-placement/reg-29/martyr-child")]
[Description("是烈士子女")]
[Priority(TrackStrata.Conditions)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class MartyrChildRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<ServiceRecord>(s => s.MartyrChild.Value);

        Then()
            .Yield(_ => new QualifiesForPlacement());
    }
}
