using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)11：“荣获三等功增发5%。” One increment, for the highest award (interpretation VP-ONE-HONOUR), added to
/// the conscript standard (VP-INCREMENTS-ADDED), for conscripts and NCOs alike (VP-HONOUR-CONSCRIPTS). A third-class merit counts whether won in peace or war.
/// </summary>
[Name("veteran-placement/25-2-3-11/third-class-merit-increment")]
[Description("荣获三等功，增发5%")]
[Cites(VeteranPlacementSources.District, "二(三)11")]
public sealed class ThirdClassIncrementRule : Rule
{
    public override void Define()
    {
        ProgramEligible subsidy = default!;

        When()
            .Match(() => subsidy, p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<ServiceRecord>(s => s.HighestHonour.Value == MilitaryHonour.ThirdClassMerit);

        Then()
            .Yield(_ => new AmountGranted(subsidy.Program, "subsidy-third-class-merit"));
    }
}
