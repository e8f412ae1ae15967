using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>《退役士兵安置条例》第二十九条 (issue 15): “Those disabled at grades 1 to 4 are supported instead (供养).”</summary>
[Name("veteran-placement/reg-29/state-support")]
[Description("1级至4级残疾的退役士兵由国家供养")]
[Program(VeteranPlacementPrograms.StateSupport)]
[Cites(VeteranPlacementSources.Regulation, "第二十九条")]
public sealed class StateSupportRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.StateSupport)
            .Match<StateSupported>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "support-details"));
    }
}
